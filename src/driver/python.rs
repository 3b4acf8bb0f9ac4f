//! Python, LeetCode's way: `class Solution` with type-hinted methods. The glue only
//! names the function and its types; `harness/drivers/python.py` loads the candidate's
//! file and converts the arguments.

use super::{Driver, leading_commas, modified_index, param_decls, return_type, type_list};
use crate::signature::{Base, Class, Function, Method, Name, Param};

pub(super) struct Python;

impl Driver for Python {
    fn id(&self) -> &'static str {
        "python"
    }

    fn runtime_file(&self) -> &'static str {
        "python.py"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.py", "main.py")
    }

    fn comment(&self) -> &'static str {
        "#"
    }

    fn ident(&self, name: &Name) -> String {
        name.snake()
    }

    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int | Base::Long => "int",
            Base::Double => "float",
            Base::Bool => "bool",
            Base::Str | Base::Char => "str",
            Base::ListNode => "Optional[ListNode]",
            Base::TreeNode => "Optional[TreeNode]",
        }
    }

    fn array_of(&self, element: String) -> String {
        format!("List[{element}]")
    }

    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        format!("{}: {}", self.ident(&p.name), self.type_name(p.ty))
    }

    fn declaration(&self, sig: &Function) -> String {
        format!(
            "def {}(self{}) -> {}:",
            self.ident(&sig.function),
            leading_commas(&param_decls(self, sig)),
            return_type(self, sig, "None")
        )
    }

    fn constructor_decl(&self, _class: &Class, params: &[String]) -> String {
        format!("def __init__(self{}):", leading_commas(params))
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        let ret = m.result().map(|t| self.type_name(t));
        format!(
            "def {}(self{}) -> {}:",
            self.method_name(class, m),
            leading_commas(&params),
            ret.as_deref().unwrap_or("None")
        )
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        let name = base.name();
        format!("class {name} with fields {fields}; {name}(val)")
    }

    fn function_stub(&self, _sig: &Function, top: &str, decl: &str) -> String {
        format!("{top}\n\nclass Solution:\n    {decl}\n        pass\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        let methods: Vec<String> = members
            .iter()
            .map(|d| format!("    {d}\n        pass\n"))
            .collect();
        format!("{top}\n\nclass {}:\n{}", class.name.0, methods.join("\n"))
    }

    fn function_glue(&self, sig: &Function) -> String {
        format!(
            "\nif __name__ == \"__main__\":\n    grind_main(\"{}\", {}, \"{}\", os.path.join(os.path.dirname(os.path.abspath(__file__)), \"solution.py\"), {})\n",
            self.ident(&sig.function),
            type_list(&sig.params),
            sig.returns,
            modified_index(sig)
        )
    }

    fn class_glue(&self, class: &Class) -> String {
        let methods: Vec<String> = class
            .methods
            .iter()
            .map(|m| {
                let result = m.result().map_or("None".into(), |t| format!("\"{t}\""));
                format!("\"{}\": ({}, {result})", m.name.0, type_list(&m.params))
            })
            .collect();
        format!(
            "\nif __name__ == \"__main__\":\n    grind_solution = os.path.join(os.path.dirname(os.path.abspath(__file__)), \"solution.py\")\n    grind_serve(lambda: grind_design(\"{}\", {}, {{{}}}, grind_solution), grind_solution)\n",
            class.name.0,
            type_list(&class.constructor),
            methods.join(", ")
        )
    }
}
