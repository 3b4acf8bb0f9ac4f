//! Design problems, what every language shares: the class stub's opening comment, its
//! members' declarations, and the members with empty bodies.

use super::{Driver, node_comment};
use crate::signature::{Class, Method, Param, Type};

/// The declarations of the class's members, one per line, as the stub writes them.
pub(super) fn declarations(driver: &dyn Driver, class: &Class) -> Vec<String> {
    let params = |list: &[Param]| -> Vec<String> {
        list.iter().map(|p| driver.param_decl(p, false)).collect()
    };
    let mut out = vec![driver.constructor_decl(class, &params(&class.constructor))];
    out.extend(
        class
            .methods
            .iter()
            .map(|m| driver.method_decl(class, m, params(&m.params))),
    );
    out.extend(driver.free_decl(class));
    out
}

/// The class stub's opening comment: `head`, how grind calls the class, the provided
/// node types.
pub(super) fn head(driver: &dyn Driver, class: &Class, mut head: String) -> String {
    let c = driver.comment();
    head.push_str(&format!(
        "{c} Complete the class. grind reads a test's operations, constructs the class and calls\n{c} the methods in order, checking every result; what you print goes to \"your output\"\n{c} and does not count.\n"
    ));
    head + &node_comment(driver, &types(class))
}

/// The types a class's stub mentions: its parameters' and its methods' results.
pub(super) fn types(class: &Class) -> Vec<Type> {
    class
        .constructor
        .iter()
        .chain(class.methods.iter().flat_map(|m| &m.params))
        .map(|p| p.ty)
        .chain(class.methods.iter().filter_map(Method::result))
        .collect()
}

/// Each member with an empty body, indented as the language's classes are.
pub(super) fn with_bodies(members: &[String], indent: &str, inside: &str) -> String {
    members
        .iter()
        .map(|d| format!("{indent}{d} {{\n{inside}{indent}}}\n"))
        .collect::<Vec<_>>()
        .join("\n")
}
