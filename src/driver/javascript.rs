//! JavaScript, LeetCode's way: a plain function with JSDoc types, a design problem as
//! an ES class. The glue only names the function and its types;
//! `harness/drivers/javascript.js` loads the candidate's file and converts the
//! arguments.

use super::class::with_bodies;
use super::{Driver, modified_index, param_decls, type_list};
use crate::signature::{Base, Class, Function, Method, Name, Param};

pub(super) struct JavaScript;

impl Driver for JavaScript {
    fn id(&self) -> &'static str {
        "javascript"
    }

    fn runtime_file(&self) -> &'static str {
        "javascript.js"
    }

    fn files(&self) -> (&'static str, &'static str) {
        ("solution.js", "main.js")
    }

    fn ident(&self, name: &Name) -> String {
        name.camel()
    }

    /// JSDoc type names.
    fn scalar(&self, base: Base) -> &'static str {
        match base {
            Base::Int | Base::Long | Base::Double => "number",
            Base::Bool => "boolean",
            Base::Str | Base::Char => "string",
            Base::ListNode => "ListNode|null",
            Base::TreeNode => "TreeNode|null",
        }
    }

    /// `(ListNode|null)[]`, not `ListNode|(null[])`.
    fn array_of(&self, element: String) -> String {
        if element.contains('|') {
            format!("({element})[]")
        } else {
            format!("{element}[]")
        }
    }

    fn param_decl(&self, p: &Param, _changed: bool) -> String {
        self.ident(&p.name)
    }

    fn declaration(&self, sig: &Function) -> String {
        format!(
            "function {}({})",
            self.ident(&sig.function),
            param_decls(self, sig).join(", ")
        )
    }

    fn constructor_decl(&self, _class: &Class, params: &[String]) -> String {
        format!("constructor({})", params.join(", "))
    }

    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String {
        format!("{}({})", self.method_name(class, m), params.join(", "))
    }

    fn node_help(&self, base: Base, fields: &str) -> String {
        let name = base.name();
        format!("{name} with fields {fields}; new {name}(val)")
    }

    /// The types are in a JSDoc comment, as the declaration has none.
    fn function_stub(&self, sig: &Function, top: &str, decl: &str) -> String {
        let docs: String = sig
            .params
            .iter()
            .map(|p| {
                format!(
                    " * @param {{{}}} {}\n",
                    self.type_name(p.ty),
                    self.ident(&p.name)
                )
            })
            .collect();
        let ret = match sig.modifies {
            Some(i) => format!(
                "{{void}} {} is changed in place",
                self.ident(&sig.params[i].name)
            ),
            None => format!("{{{}}}", self.type_name(sig.returns)),
        };
        format!("{top}\n/**\n{docs} * @return {ret}\n */\n{decl} {{\n\n}}\n")
    }

    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String {
        format!(
            "{top}\nclass {} {{\n{}}}\n",
            class.name.0,
            with_bodies(members, "    ", "\n")
        )
    }

    fn function_glue(&self, sig: &Function) -> String {
        format!(
            "\ngrindMain('{}', {}, '{}', require('path').join(__dirname, 'solution.js'), {});\n",
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
                let result = m.result().map_or("null".into(), |t| format!("\"{t}\""));
                format!(
                    "\"{}\": [\"{}\", {}, {result}]",
                    m.name.0,
                    self.method_name(class, m),
                    type_list(&m.params)
                )
            })
            .collect();
        format!(
            "\ngrindDesign('{}', {}, {{{}}}, require('path').join(__dirname, 'solution.js'));\n",
            class.name.0,
            type_list(&class.constructor),
            methods.join(", ")
        )
    }
}
