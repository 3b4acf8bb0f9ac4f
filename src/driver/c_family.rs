//! What C and C++ share: the build is one translation unit, and the provided nodes are
//! structs.

use crate::signature::Base;

/// The runtime, the candidate's code and the glue as one translation unit; #line makes
/// messages name the candidate's file.
pub(super) fn one_unit(
    entry: &str,
    runtime: &str,
    solution: &str,
    code: &str,
    glue: &str,
) -> Vec<(String, String)> {
    let before = format!("{runtime}\n#line 1 \"{solution}\"\n{code}\n");
    let next = before.lines().count() + 2;
    vec![(
        entry.to_string(),
        format!("{before}#line {next} \"{entry}\"\n{glue}"),
    )]
}

/// How a stub describes a provided node struct; `make` says how to create one.
pub(super) fn node_struct(base: Base, fields: &str, make: &str) -> String {
    format!(
        "struct {} {{ int val; ... }} with fields {fields}; {make}",
        base.name()
    )
}
