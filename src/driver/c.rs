//! C, LeetCode's way: arrays are pointers with their sizes as extra parameters (and
//! out-parameters for an array result), a class is a struct with create and free
//! functions. Built as one translation unit with `harness/drivers/c.c`.

use super::class::with_bodies;
use super::{Driver, c_family, param_decls, return_type};
use crate::signature::{Base, Class, Function, Method, Name, Param, Type};

pub(super) struct C;

impl Driver for C {
    fn id(&self) -> &'static str {
        "c"
    }

    fn runtime_file(&self) -> &'static str {
        "c.c"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.c", "main.c")
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
        name.snake()
    }

    /// `lruCacheGet`: C has no methods, so the class's name prefixes them.
    fn method_name(&self, class: &Class, m: &Method) -> String {
        format!("{}{}", class.name.lower_first(), m.name.pascal())
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int => "int",
            Base::Long => "long long",
            Base::Double => "double",
            Base::Bool => "bool",
            Base::Str => "char*",
            Base::Char => "char",
            Base::ListNode => "struct ListNode*",
            Base::TreeNode => "struct TreeNode*",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("{element}*")
    }

    /// Arrays carry their sizes, as on LeetCode.
    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        let name = self.ident(&p.name);
        let t = self.type_name(p.ty);
        match p.ty.dims {
            0 => format!("{t} {name}"),
            1 => format!("{t} {name}, int {name}_size"),
            _ => format!("{t} {name}, int {name}_size, int* {name}_col_size"),
        }
    }

    fn declaration(&self, sig: &Function) -> String {
        let mut params = param_decls(self, sig);
        if sig.modifies.is_none() {
            params.extend(return_sizes(sig.returns));
        }
        format!(
            "{} {}({})",
            return_type(self, sig, "void"),
            self.ident(&sig.function),
            params.join(", ")
        )
    }

    fn constructor_decl(&self, class: &Class, params: &[String]) -> String {
        format!(
            "{}* {}Create({})",
            class.name.0,
            class.name.lower_first(),
            params.join(", ")
        )
    }

    fn method_decl(&self, class: &Class, m: &Method, mut params: Vec<String>) -> String {
        params.insert(0, format!("{}* obj", class.name.0));
        params.extend(m.result().map(return_sizes).unwrap_or_default());
        let ret = m.result().map(|t| self.type_name(t));
        format!(
            "{} {}({})",
            ret.as_deref().unwrap_or("void"),
            self.method_name(class, m),
            params.join(", ")
        )
    }

    fn free_decl(&self, class: &Class) -> Option<String> {
        Some(format!(
            "void {}Free({}* obj)",
            class.name.lower_first(),
            class.name.0
        ))
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        c_family::node_struct(base, fields, "allocate with malloc")
    }

    fn function_stub(&self, _sig: &Function, top: &str, decl: &str) -> String {
        format!("{top}\n{decl} {{\n\n}}\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        format!(
            "{top}\ntypedef struct {{\n\n}} {};\n\n{}",
            class.name.0,
            with_bodies(members, "", "\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        let mut out = format!(
            "int main(void) {{\n    grind_begin({});\n",
            sig.params.len()
        );
        let mut args = Vec::new();
        for (i, p) in sig.params.iter().enumerate() {
            let (read, passed) = self.read(&format!("grind_a{i}"), p.ty, &format!("&grind_i{i}"));
            args.extend(passed);
            out.push_str(&format!(
                "    grind_in grind_i{i} = grind_line({i});\n    {read}\n    grind_done(&grind_i{i});\n"
            ));
        }
        let f = self.ident(&sig.function);
        let call = match sig.modifies {
            Some(i) => format!(
                "{f}({}); {}",
                args.join(", "),
                put(&format!("grind_a{i}"), sig.returns)
            ),
            None => self.call_put(&f, args, sig.returns),
        };
        out.push_str(&format!(
            "    {call}\n    grind_end();\n    return 0;\n}}\n"
        ));
        out
    }

    fn class_glue(&self, class: &Class) -> String {
        let name = &class.name.0;
        let lower = class.name.lower_first();
        let (read, args) = self.reads(&class.constructor);
        let mut out = format!(
            "int main(void) {{\n    grind_begin(2);\n    grind_in grind_i0 = grind_line(0);\n    int grind_ops_n; char** grind_ops = grind_read_string_array(&grind_i0, &grind_ops_n);\n    grind_done(&grind_i0);\n    grind_calls_begin();\n    grind_call();\n{read}    grind_call_done();\n    {name}* grind_obj = {lower}Create({});\n    grind_emits(\"[null\");\n    for (int grind_k = 1; grind_k < grind_ops_n; grind_k++) {{\n        grind_emits(\",\");\n        grind_call();\n        ",
            args.join(", ")
        );
        for m in &class.methods {
            let (read, mut args) = self.reads(&m.params);
            args.insert(0, "grind_obj".into());
            let f = self.method_name(class, m);
            let call = match m.result() {
                Some(t) => self.call_put(&f, args, t),
                None => format!("{f}({}); grind_emits(\"null\");", args.join(", ")),
            };
            out.push_str(&format!(
                "if (strcmp(grind_ops[grind_k], \"{}\") == 0) {{\n{read}            grind_call_done();\n            {call}\n        }} else ",
                m.name.0
            ));
        }
        out.push_str(&format!(
            "grind_fail(\"unknown operation\");\n    }}\n    grind_calls_end();\n    grind_emits(\"]\");\n    {lower}Free(grind_obj);\n    grind_end();\n    return 0;\n}}\n"
        ));
        out
    }
}

impl C {
    /// Declares `var` (and its sizes `var_n`, `var_c`) read from `stream`; the code and
    /// the arguments that pass it on, LeetCode's way.
    fn read(&self, var: &str, t: Type, stream: &str) -> (String, Vec<String>) {
        let ty = self.type_name(t);
        let b = base(t);
        match t.dims {
            0 => (
                format!("{ty} {var} = grind_read_{b}({stream});"),
                vec![var.into()],
            ),
            1 => (
                format!("int {var}_n; {ty} {var} = grind_read_{b}_array({stream}, &{var}_n);"),
                vec![var.into(), format!("{var}_n")],
            ),
            _ => (
                format!(
                    "int {var}_n; int* {var}_c; {ty} {var} = grind_read_{b}_grid({stream}, &{var}_n, &{var}_c);"
                ),
                vec![var.into(), format!("{var}_n"), format!("{var}_c")],
            ),
        }
    }

    /// Reads each parameter from the operation's arguments; the code and call arguments.
    fn reads(&self, list: &[Param]) -> (String, Vec<String>) {
        let mut code = String::new();
        let mut args = Vec::new();
        for (i, p) in list.iter().enumerate() {
            let (read, passed) = self.read(&format!("grind_a{i}"), p.ty, "grind_arg()");
            code.push_str(&format!("            {read}\n"));
            args.extend(passed);
        }
        (code, args)
    }

    /// Calls `f` and writes what it returns; array results report their sizes through
    /// the extra out-parameters.
    fn call_put(&self, f: &str, mut args: Vec<String>, returns: Type) -> String {
        let ret = self.type_name(returns);
        let sizes = match returns.dims {
            0 => "",
            1 => {
                args.push("&grind_r_n".into());
                "int grind_r_n = 0; "
            }
            _ => {
                args.extend(["&grind_r_n".into(), "&grind_r_c".into()]);
                "int grind_r_n = 0; int* grind_r_c = NULL; "
            }
        };
        format!(
            "{sizes}{ret} grind_r = {f}({}); {}",
            args.join(", "),
            put("grind_r", returns)
        )
    }
}

/// The out-parameters through which an array result reports its sizes.
fn return_sizes(returns: Type) -> Vec<String> {
    match returns.dims {
        0 => vec![],
        1 => vec!["int* return_size".into()],
        _ => vec![
            "int* return_size".into(),
            "int** return_column_sizes".into(),
        ],
    }
}

/// The type's part of the runtime's reader and writer names (`grind_read_int`).
fn base(t: Type) -> &'static str {
    match t.base {
        Base::Int => "int",
        Base::Long => "long",
        Base::Double => "double",
        Base::Bool => "bool",
        Base::Str => "string",
        Base::Char => "char",
        Base::ListNode => "list",
        Base::TreeNode => "tree",
    }
}

/// Writes `var` (with its sizes `var_n`, `var_c`) as JSON.
fn put(var: &str, t: Type) -> String {
    let b = base(t);
    match t.dims {
        0 => format!("grind_put_{b}({var});"),
        1 => format!("grind_put_{b}_array({var}, {var}_n);"),
        _ => format!("grind_put_{b}_grid({var}, {var}_n, {var}_c);"),
    }
}
