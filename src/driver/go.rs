//! Go, LeetCode's way: a package-level function, a class as a struct with
//! `Constructor` and exported methods. The glue converts the runtime's parsed JSON
//! (`harness/drivers/go.go`) with a function per type.

use super::class::with_bodies;
use super::{Driver, arg_list, converted, param_decls, return_type};
use crate::signature::{Base, Class, Function, Method, Name, Param, Type};

pub(super) struct Go;

impl Driver for Go {
    fn id(&self) -> &'static str {
        "go"
    }

    fn runtime_file(&self) -> &'static str {
        "go.go"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.go", "main.go")
    }

    fn ident(&self, name: &Name) -> String {
        name.camel()
    }

    /// Exported, so that the glue's `grindObj.Get` is the candidate's method.
    fn method_name(&self, _class: &Class, m: &Method) -> String {
        m.name.pascal()
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int => "int",
            Base::Long => "int64",
            Base::Double => "float64",
            Base::Bool => "bool",
            Base::Str => "string",
            Base::Char => "byte",
            Base::ListNode => "*ListNode",
            Base::TreeNode => "*TreeNode",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("[]{element}")
    }

    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        format!("{} {}", self.ident(&p.name), self.type_name(p.ty))
    }

    fn declaration(&self, sig: &Function) -> String {
        format!(
            "func {}({}) {}",
            self.ident(&sig.function),
            param_decls(self, sig).join(", "),
            return_type(self, sig, "")
        )
        .trim_end()
        .to_string()
    }

    fn constructor_decl(&self, class: &Class, params: &[String]) -> String {
        format!("func Constructor({}) {}", params.join(", "), class.name.0)
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        format!(
            "func (this *{}) {}({}) {}",
            class.name.0,
            self.method_name(class, m),
            params.join(", "),
            m.result().map(|t| self.type_name(t)).unwrap_or_default()
        )
        .trim_end()
        .to_string()
    }

    fn node_help(&self, base: Base, _fields: &str) -> String {
        let fields = if base == Base::ListNode {
            "Val, Next"
        } else {
            "Val, Left, Right"
        };
        format!("type {} struct with fields {fields}", base.name())
    }

    fn function_stub(&self, _sig: &Function, top: &str, decl: &str) -> String {
        format!("{top}\npackage main\n\n{decl} {{\n\n}}\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        format!(
            "{top}\npackage main\n\ntype {} struct {{\n\n}}\n\n{}",
            class.name.0,
            with_bodies(members, "", "\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        let n = sig.params.len();
        let mut out = format!("func main() {{\n\tgrindBegin({n})\n");
        for (i, p) in sig.params.iter().enumerate() {
            let expr = value(p.ty, &format!("grindArg({i})"));
            out.push_str(&format!("\tgrindA{i} := {expr}\n"));
        }
        let call = format!("{}({})", self.ident(&sig.function), arg_list("grindA", n));
        out.push_str(&match sig.modifies {
            Some(i) => format!("\t{call}\n\tgrindPut(grindA{i})\n}}\n"),
            None => format!("\tgrindPut({call})\n}}\n"),
        });
        out
    }

    fn class_glue(&self, class: &Class) -> String {
        let args = |list: &[Param], from: &str| converted(list, value, |i| format!("{from}[{i}]"));
        let mut out = format!(
            "func main() {{\n\tgrindBegin(2)\n\tgrindOps := grindSlice(grindArg(0), grindString)\n\tgrindCalls := grindItems(grindArg(1))\n\tgrindC := grindItems(grindCalls[0])\n\t_ = grindC\n\tgrindObj := Constructor({})\n\tgrindOut := []interface{{}}{{nil}}\n\tfor grindK := 1; grindK < len(grindOps); grindK++ {{\n\t\tgrindA := grindItems(grindCalls[grindK])\n\t\t_ = grindA\n\t\tswitch grindOps[grindK] {{\n",
            args(&class.constructor, "grindC")
        );
        for m in &class.methods {
            let call = format!(
                "grindObj.{}({})",
                self.method_name(class, m),
                args(&m.params, "grindA")
            );
            let put = match m.result() {
                Some(_) => format!("grindOut = append(grindOut, {call})"),
                None => format!("{call}\n\t\t\tgrindOut = append(grindOut, nil)"),
            };
            out.push_str(&format!("\t\tcase \"{}\":\n\t\t\t{put}\n", m.name.0));
        }
        out.push_str("\t\tdefault:\n\t\t\tgrindFail(\"unknown operation \" + grindOps[grindK])\n\t\t}\n\t}\n\tgrindPut(grindOut)\n}\n");
        out
    }
}

/// The expression converting a parsed JSON value `arg` to `t`.
fn value(t: Type, arg: &str) -> String {
    let f = match t.base {
        Base::Int => "grindInt",
        Base::Long => "grindInt64",
        Base::Double => "grindFloat64",
        Base::Bool => "grindBool",
        Base::Str => "grindString",
        Base::Char => "grindByte",
        Base::ListNode => "grindList",
        Base::TreeNode => "grindTree",
    };
    match t.dims {
        0 => format!("{f}({arg})"),
        1 => format!("grindSlice({arg}, {f})"),
        _ => format!("grindSlice2({arg}, {f})"),
    }
}
