//! Rust, LeetCode's way: `impl Solution` with associated functions, `&mut` for a
//! parameter changed in place, trees as `Option<Rc<RefCell<TreeNode>>>`. The entry
//! file is `harness/drivers/rust.rs` with the candidate's file `include!`d.

use super::class::{types, with_bodies};
use super::{Driver, arg_list, beside, function_types, leading_commas, param_decls};
use crate::signature::{Base, Class, Function, Method, Name, Param, Type};

pub(super) struct Rust;

impl Driver for Rust {
    fn id(&self) -> &'static str {
        "rust"
    }

    fn runtime_file(&self) -> &'static str {
        "rust.rs"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.rs", "main.rs")
    }

    fn assemble(
        &self,
        runtime: &str,
        solution: &str,
        code: &str,
        glue: &str,
    ) -> Vec<(String, String)> {
        let entry = format!("{runtime}\ninclude!(\"{solution}\");\n\n{glue}");
        beside(solution, code, self.files().1, entry)
    }

    fn ident(&self, name: &Name) -> String {
        name.snake()
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int => "i32",
            Base::Long => "i64",
            Base::Double => "f64",
            Base::Bool => "bool",
            Base::Str => "String",
            Base::Char => "char",
            Base::ListNode => "Option<Box<ListNode>>",
            Base::TreeNode => "Option<Rc<RefCell<TreeNode>>>",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("Vec<{element}>")
    }

    fn param_decl(&self, p: &Param, changed: bool) -> String {
        let n = self.ident(&p.name);
        let t = self.type_name(p.ty);
        if changed {
            format!("{n}: &mut {t}")
        } else {
            format!("{n}: {t}")
        }
    }

    fn declaration(&self, sig: &Function) -> String {
        let f = self.ident(&sig.function);
        let list = param_decls(self, sig).join(", ");
        match sig.modifies {
            Some(_) => format!("pub fn {f}({list})"),
            None => format!("pub fn {f}({list}) -> {}", self.type_name(sig.returns)),
        }
    }

    fn constructor_decl(&self, _class: &Class, params: &[String]) -> String {
        format!("pub fn new({}) -> Self", params.join(", "))
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        let f = self.method_name(class, m);
        let list = leading_commas(&params);
        match m.result() {
            Some(t) => format!("pub fn {f}(&mut self{list}) -> {}", self.type_name(t)),
            None => format!("pub fn {f}(&mut self{list})"),
        }
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        let name = base.name();
        format!("pub struct {name} with pub fields {fields}; {name}::new(val)")
    }

    fn function_stub(&self, sig: &Function, top: &str, decl: &str) -> String {
        let uses = imports(&function_types(sig));
        format!("{top}\n{uses}impl Solution {{\n    {decl} {{\n        todo!()\n    }}\n}}\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        let name = &class.name.0;
        format!(
            "{top}\n{}struct {name} {{\n\n}}\n\nimpl {name} {{\n{}}}\n",
            imports(&types(class)),
            with_bodies(members, "    ", "        todo!()\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        let f = self.ident(&sig.function);
        let n = sig.params.len();
        let mut out = format!("fn main() {{\n    let grind_lines = grind_driver::begin({n});\n");
        for (i, p) in sig.params.iter().enumerate() {
            let binding = if sig.modifies == Some(i) { "mut " } else { "" };
            out.push_str(&format!(
                "    let {binding}grind_a{i}: {} = grind_driver::read(&grind_lines, {i});\n",
                self.full_type(p.ty)
            ));
        }
        match sig.modifies {
            Some(m) => {
                let args = arg_list("grind_a", n)
                    .replace(&format!("grind_a{m}"), &format!("&mut grind_a{m}"));
                out.push_str(&format!(
                    "    Solution::{f}({args});\n    grind_driver::put(&grind_a{m});\n}}\n"
                ));
            }
            None => out.push_str(&format!(
                "    let grind_result: {} = Solution::{f}({});\n    grind_driver::put(&grind_result);\n}}\n",
                self.full_type(sig.returns),
                arg_list("grind_a", n)
            )),
        }
        out
    }

    fn class_glue(&self, class: &Class) -> String {
        let name = &class.name.0;
        let (read, args) = self.reads(&class.constructor);
        let mut out = format!(
            "fn main() {{\n    let grind_lines = grind_driver::begin(2);\n    let grind_ops: Vec<String> = grind_driver::read(&grind_lines, 0);\n    let mut grind_calls = grind_driver::Calls::new(&grind_lines);\n    grind_calls.call();\n{read}    grind_calls.done();\n    #[allow(unused_mut)]\n    let mut grind_obj = {name}::new({args});\n    let mut grind_out = String::from(\"[null\");\n    for grind_op in &grind_ops[1..] {{\n        grind_out.push(',');\n        grind_calls.call();\n        match grind_op.as_str() {{\n"
        );
        for m in &class.methods {
            let (read, args) = self.reads(&m.params);
            let call = format!("grind_obj.{}({args})", self.method_name(class, m));
            let put = match m.result() {
                Some(_) => format!("grind_driver::Json::put(&{call}, &mut grind_out);"),
                None => format!("{call};\n                grind_out.push_str(\"null\");"),
            };
            out.push_str(&format!(
                "            \"{}\" => {{\n{read}                grind_calls.done();\n                {put}\n            }}\n",
                m.name.0
            ));
        }
        out.push_str(
            "            other => grind_driver::fail(&format!(\"unknown operation {other}\")),\n        }\n    }\n    grind_calls.end();\n    grind_out.push(']');\n    grind_driver::write(grind_out);\n}\n",
        );
        out
    }
}

impl Rust {
    /// A type with the paths the glue needs (it does not import Rc and RefCell).
    fn full_type(&self, t: Type) -> String {
        self.type_name(t)
            .replace("Rc<RefCell<", "std::rc::Rc<std::cell::RefCell<")
    }

    /// Reads each parameter of an operation in turn; the code and the call's arguments.
    fn reads(&self, list: &[Param]) -> (String, String) {
        let code = list
            .iter()
            .enumerate()
            .map(|(i, p)| {
                format!(
                    "                let grind_a{i}: {} = grind_calls.arg();\n",
                    self.full_type(p.ty)
                )
            })
            .collect();
        (code, arg_list("grind_a", list.len()))
    }
}

/// The stub's imports: a tree's type names Rc and RefCell.
fn imports(types: &[Type]) -> &'static str {
    if types.iter().any(|t| t.base == Base::TreeNode) {
        "use std::cell::RefCell;\nuse std::rc::Rc;\n\n"
    } else {
        ""
    }
}
