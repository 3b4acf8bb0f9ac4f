//! Java, LeetCode's way: `class Solution` with the function as a method. The glue is
//! `GrindMain`, converting the runtime's parsed JSON (`harness/drivers/java.java`) with
//! a method per type.

use super::class::with_bodies;
use super::{Driver, arg_list, converted, param_decls, return_type};
use crate::signature::{Base, Class, Function, Method, Name, Param, Signature, Type};

pub(super) struct Java;

impl Driver for Java {
    fn id(&self) -> &'static str {
        "java"
    }

    fn runtime_file(&self) -> &'static str {
        "java.java"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("Solution.java", "GrindMain.java")
    }

    /// javac finds a class by its file's name: a design problem's class is not Solution.
    fn solution_file(&self, sig: &Signature) -> String {
        match sig {
            Signature::Class(c) => format!("{}.java", c.name.0),
            Signature::Function(_) => self.files().0.to_string(),
        }
    }

    fn ident(&self, name: &Name) -> String {
        name.camel()
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int => "int",
            Base::Long => "long",
            Base::Double => "double",
            Base::Bool => "boolean",
            Base::Str => "String",
            Base::Char => "char",
            Base::ListNode => "ListNode",
            Base::TreeNode => "TreeNode",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("{element}[]")
    }

    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        format!("{} {}", self.type_name(p.ty), self.ident(&p.name))
    }

    fn declaration(&self, sig: &Function) -> String {
        format!(
            "public {} {}({})",
            return_type(self, sig, "void"),
            self.ident(&sig.function),
            param_decls(self, sig).join(", ")
        )
    }

    fn constructor_decl(&self, class: &Class, params: &[String]) -> String {
        format!("public {}({})", class.name.0, params.join(", "))
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        let ret = m.result().map(|t| self.type_name(t));
        format!(
            "public {} {}({})",
            ret.as_deref().unwrap_or("void"),
            self.method_name(class, m),
            params.join(", ")
        )
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        let name = base.name();
        format!("class {name} with fields {fields}; new {name}(val)")
    }

    fn function_stub(&self, _sig: &Function, top: &str, decl: &str) -> String {
        format!("{top}\nimport java.util.*;\n\nclass Solution {{\n    {decl} {{\n\n    }}\n}}\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        format!(
            "{top}\nimport java.util.*;\n\nclass {} {{\n{}}}\n",
            class.name.0,
            with_bodies(members, "    ", "\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        let n = sig.params.len();
        let mut out = String::from(
            "public class GrindMain {\n    public static void main(String[] args) throws Exception {\n",
        );
        out.push_str(&format!("        Grind.begin({n});\n"));
        for (i, p) in sig.params.iter().enumerate() {
            out.push_str(&format!(
                "        {} grindA{i} = {};\n",
                self.type_name(p.ty),
                value(p.ty, &format!("Grind.arg({i})"))
            ));
        }
        let call = format!(
            "new Solution().{}({})",
            self.ident(&sig.function),
            arg_list("grindA", n)
        );
        let put = match sig.modifies {
            Some(i) => format!("{call};\n        Grind.put(grindA{i});"),
            None => format!("Grind.put({call});"),
        };
        out.push_str(&format!(
            "        {put}\n        Grind.end();\n    }}\n}}\n"
        ));
        out
    }

    fn class_glue(&self, class: &Class) -> String {
        let name = &class.name.0;
        let args =
            |list: &[Param], from: &str| converted(list, value, |i| format!("{from}.get({i})"));
        let mut out = format!(
            "public class GrindMain {{\n    public static void main(String[] args) throws Exception {{\n        Grind.begin(2);\n        List<Object> grindOps = Grind.items(Grind.arg(0));\n        List<Object> grindCalls = Grind.items(Grind.arg(1));\n        List<Object> grindC = Grind.items(grindCalls.get(0));\n        {name} grindObj = new {name}({});\n        Grind.raw(\"[null\");\n        for (int grindK = 1; grindK < grindOps.size(); grindK++) {{\n            Grind.raw(\",\");\n            List<Object> grindA = Grind.items(grindCalls.get(grindK));\n            switch (Grind.toStr(grindOps.get(grindK))) {{\n",
            args(&class.constructor, "grindC")
        );
        for m in &class.methods {
            let call = format!(
                "grindObj.{}({})",
                self.method_name(class, m),
                args(&m.params, "grindA")
            );
            let put = match m.result() {
                Some(_) => format!("Grind.put({call});"),
                None => format!("{call}; Grind.raw(\"null\");"),
            };
            out.push_str(&format!(
                "                case \"{}\": {put} break;\n",
                m.name.0
            ));
        }
        out.push_str("                default: Grind.fail(\"unknown operation\");\n            }\n        }\n        Grind.raw(\"]\");\n        Grind.end();\n    }\n}\n");
        out
    }
}

/// The expression converting a parsed JSON value `arg` to `t`.
fn value(t: Type, arg: &str) -> String {
    let base = match t.base {
        Base::Int => "Int",
        Base::Long => "Long",
        Base::Double => "Double",
        Base::Bool => "Bool",
        Base::Str => "Str",
        Base::Char => "Char",
        Base::ListNode => "List",
        Base::TreeNode => "Tree",
    };
    let suffix = ["", "Array", "Grid"][t.dims as usize];
    format!("Grind.to{base}{suffix}({arg})")
}
