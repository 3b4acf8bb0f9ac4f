//! C++, LeetCode's way: `class Solution` with the function as a member, arrays as
//! `vector` passed by reference. Built as one translation unit with
//! `harness/drivers/cpp.cpp`, whose `grind::read<T>` and `grind::put` are templates.

use super::class::with_bodies;
use super::{Driver, arg_list, c_family, param_decls, return_type};
use crate::signature::{Base, Class, Function, Method, Name, Param};

pub(super) struct Cpp;

impl Driver for Cpp {
    fn id(&self) -> &'static str {
        "cpp"
    }

    fn runtime_file(&self) -> &'static str {
        "cpp.cpp"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.cpp", "main.cpp")
    }

    fn assemble(
        &self,
        runtime: &str,
        solution: &str,
        code: &str,
        glue: &str,
    ) -> Vec<(String, String)> {
        c_family::one_unit(self.files().1, runtime, solution, code, glue)
    }

    fn ident(&self, name: &Name) -> String {
        name.camel()
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int => "int",
            Base::Long => "long long",
            Base::Double => "double",
            Base::Bool => "bool",
            Base::Str => "string",
            Base::Char => "char",
            Base::ListNode => "ListNode*",
            Base::TreeNode => "TreeNode*",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("vector<{element}>")
    }

    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        let n = self.ident(&p.name);
        let t = self.type_name(p.ty);
        if p.ty.dims > 0 {
            format!("{t}& {n}")
        } else {
            format!("{t} {n}")
        }
    }

    fn declaration(&self, sig: &Function) -> String {
        format!(
            "{} {}({})",
            return_type(self, sig, "void"),
            self.ident(&sig.function),
            param_decls(self, sig).join(", ")
        )
    }

    fn constructor_decl(&self, class: &Class, params: &[String]) -> String {
        format!("{}({})", class.name.0, params.join(", "))
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        let ret = m.result().map(|t| self.type_name(t));
        format!(
            "{} {}({})",
            ret.as_deref().unwrap_or("void"),
            self.method_name(class, m),
            params.join(", ")
        )
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        c_family::node_struct(base, fields, &format!("new {}(x)", base.name()))
    }

    fn function_stub(&self, _sig: &Function, top: &str, decl: &str) -> String {
        format!("{top}\nclass Solution {{\npublic:\n    {decl} {{\n\n    }}\n}};\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        format!(
            "{top}\nclass {} {{\npublic:\n{}}};\n",
            class.name.0,
            with_bodies(members, "    ", "\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        let n = sig.params.len();
        let mut out = format!("int main() {{\n    grind::begin({n});\n");
        for (i, p) in sig.params.iter().enumerate() {
            out.push_str(&format!(
                "    auto grind_a{i} = grind::read<{}>({i});\n",
                self.type_name(p.ty)
            ));
        }
        let call = format!(
            "grind_s.{}({})",
            self.ident(&sig.function),
            arg_list("grind_a", n)
        );
        let put = match sig.modifies {
            Some(i) => format!("{call};\n    grind::put(grind_a{i});"),
            None => format!("grind::put({call});"),
        };
        out.push_str(&format!(
            "    Solution grind_s;\n    {put}\n    grind::end();\n    return 0;\n}}\n"
        ));
        out
    }

    fn class_glue(&self, class: &Class) -> String {
        let name = &class.name.0;
        let (read, args) = self.reads(&class.constructor);
        let mut out = format!(
            "int main() {{\n    grind::begin(2);\n    auto grind_ops = grind::read<vector<string>>(0);\n    grind::Calls grind_calls;\n    grind_calls.call();\n{read}    grind_calls.done();\n    {name}* grind_obj = new {name}({args});\n    grind::out += \"[null\";\n    for (size_t grind_k = 1; grind_k < grind_ops.size(); grind_k++) {{\n        grind::out += ',';\n        grind_calls.call();\n        "
        );
        for m in &class.methods {
            let (read, args) = self.reads(&m.params);
            let call = format!("grind_obj->{}({args})", self.method_name(class, m));
            let put = match m.result() {
                Some(_) => format!("grind::put({call});"),
                None => format!("{call};\n            grind::out += \"null\";"),
            };
            out.push_str(&format!(
                "if (grind_ops[grind_k] == \"{}\") {{\n{read}            grind_calls.done();\n            {put}\n        }} else ",
                m.name.0
            ));
        }
        out.push_str(
            "grind::fail(\"unknown operation \" + grind_ops[grind_k]);\n    }\n    grind_calls.end();\n    grind::out += ']';\n    grind::end();\n    return 0;\n}\n",
        );
        out
    }
}

impl Cpp {
    /// Reads each parameter of an operation in turn (one statement each, so in order);
    /// the code and the call's arguments.
    fn reads(&self, list: &[Param]) -> (String, String) {
        let code = list
            .iter()
            .enumerate()
            .map(|(i, p)| {
                format!(
                    "            auto grind_a{i} = grind_calls.arg<{}>();\n",
                    self.type_name(p.ty)
                )
            })
            .collect();
        (code, arg_list("grind_a", list.len()))
    }
}
