//! Function-signature solutions in each language: the stub `grind new` writes, and the
//! program grind builds from the candidate's file and the language's driver in
//! `harness/drivers/` (which reads the test input, calls the function and writes the
//! result to descriptor 3, apart from the candidate's own stdout).
//!
//! Each language is one file implementing [`Driver`] (`c.rs`, `cpp.rs`, …), listed in
//! `DRIVERS`; this module and `class.rs` hold what every language shares.

use crate::error::{Error, Result};
use crate::language::Language;
use crate::paths;
use crate::signature::{Base, Class, Function, Method, Name, Param, Signature, Type};

mod c;
mod c_family;
mod class;
mod cpp;
mod go;
mod java;
mod javascript;
mod python;
mod rust;

/// One language's stubs and glue. The shared steps (`stub`, `join`) call these for
/// what differs between languages.
pub trait Driver: Sync {
    /// The id a language picks it by: `signature: {driver: ID}` in languages.yaml, by
    /// default the language's own id.
    fn id(&self) -> &'static str;

    /// Its runtime in `harness/drivers/`.
    fn runtime_file(&self) -> &'static str;

    /// The candidate's file in the build folder, and the generated entry file.
    fn files(&self) -> (&'static str, &'static str);

    /// The candidate's file for `sig`.
    fn solution_file(&self, _sig: &Signature) -> String {
        self.files().0.to_string()
    }

    /// The build folder's files: by default the candidate's file as it is, beside the
    /// entry file (the runtime, then the glue).
    fn assemble(
        &self,
        runtime: &str,
        solution: &str,
        code: &str,
        glue: &str,
    ) -> Vec<(String, String)> {
        beside(solution, code, self.files().1, format!("{runtime}\n{glue}"))
    }

    /// How a line comment starts in stubs.
    fn comment(&self) -> &'static str {
        "//"
    }

    /// A function's or parameter's name in the language's convention.
    fn ident(&self, name: &Name) -> String;

    /// A method's name.
    fn method_name(&self, _class: &Class, m: &Method) -> String {
        self.ident(&m.name)
    }

    fn scalar(&self, base: Base) -> &'static str;

    /// The type of an array of `element`.
    fn array_of(&self, element: String) -> String;

    /// A type in the language (C: the element pointer type; sizes are separate
    /// parameters).
    fn type_name(&self, ty: Type) -> String {
        (0..ty.dims).fold(self.scalar(ty.base).to_string(), |name, _| {
            self.array_of(name)
        })
    }

    /// One parameter as a declaration lists it; `changed`: the function changes it in
    /// place.
    fn param_decl(&self, p: &Param, changed: bool) -> String;

    /// The function's declaration line as the stub writes it (without the body).
    fn declaration(&self, sig: &Function) -> String;

    /// The constructor's declaration, from its parameters' declarations.
    fn constructor_decl(&self, class: &Class, params: &[String]) -> String;

    /// A method's declaration, from its parameters' declarations.
    fn method_decl(&self, class: &Class, m: &Method, params: Vec<String>) -> String;

    /// A member the candidate writes to free the object, in languages without a
    /// collector that runs destructors for them.
    fn free_decl(&self, _class: &Class) -> Option<String> {
        None
    }

    /// How the stub describes a node type the driver provides; `fields` are its fields.
    fn node_help(&self, base: Base, fields: &str) -> String;

    /// The function stub: `top` (its opening comment), then `decl` with an empty body
    /// where the language wants it.
    fn function_stub(&self, sig: &Function, top: &str, decl: &str) -> String;

    /// The class stub: `top`, then the class with `members` (declarations) to complete.
    fn class_stub(&self, class: &Class, top: &str, members: &[String]) -> String;

    /// The generated main: read each parameter, call the function, write the result.
    fn function_glue(&self, sig: &Function) -> String;

    /// The generated main of a design problem: construct, then dispatch each operation
    /// by name.
    fn class_glue(&self, class: &Class) -> String;
}

/// Every driver; adding one here makes it available to languages.yaml.
static DRIVERS: [&dyn Driver; 7] = [
    &c::C,
    &cpp::Cpp,
    &rust::Rust,
    &go::Go,
    &java::Java,
    &python::Python,
    &javascript::JavaScript,
];

/// The driver `language` builds signature solutions with.
pub fn for_language(language: &Language) -> Result<&'static dyn Driver> {
    let id = language.driver();
    DRIVERS.iter().copied().find(|d| d.id() == id).ok_or_else(|| {
        let ids: Vec<&str> = DRIVERS.iter().map(|d| d.id()).collect();
        Error::new(format!(
            "{} has no function-signature driver (`{id}`)",
            language.name
        ))
        .help(format!(
            "solve it as a full program: `grind new PROBLEM --lang L --mode stdin`, or set `signature: {{driver: {}}}` for this language in languages.yaml",
            ids.join("|")
        ))
    })
}

/// A signature build's files: the candidate's code and the generated driver.
#[derive(Debug, Clone)]
pub struct Joined {
    /// (file name, contents) to write into the build folder.
    pub files: Vec<(String, String)>,
    /// The entry file: `{src}` in the language's commands.
    pub source: String,
    /// The candidate's file in the build folder: `{solution}`.
    pub solution: String,
    /// Java's main class (`{class}`).
    pub class: String,
}

/// Joins `code` with the language's driver for `sig`. `Err` is a compile error for
/// the user: the file does not define the function the stub declared.
pub fn join(
    language: &Language,
    sig: &Signature,
    code: &str,
    label: &str,
) -> Result<std::result::Result<Joined, String>> {
    let driver = for_language(language)?;
    let (what, name) = match sig {
        Signature::Function(f) => ("function", driver.ident(&f.function)),
        Signature::Class(c) => ("class", c.name.0.clone()),
    };
    if !defines_word(code, &name) {
        return Ok(Err(format!(
            "grind expected the {what} `{name}` of the stub, but {label} does not define it:\n    {}\nKeep the stub's name and parameters (`grind new PROBLEM --lang {} --force` writes it again), or solve it as a full program with `grind new PROBLEM --mode stdin`.",
            declarations(driver, sig).join("\n    "),
            language.id
        )));
    }
    let glue = match sig {
        Signature::Function(f) => driver.function_glue(f),
        Signature::Class(c) => driver.class_glue(c),
    };
    let runtime_path = paths::harness().join("drivers").join(driver.runtime_file());
    let runtime = std::fs::read_to_string(&runtime_path)
        .map_err(|e| Error::io("read the driver", &runtime_path, e))?;
    let solution = driver.solution_file(sig);
    Ok(Ok(Joined {
        files: driver.assemble(&runtime, &solution, code, &glue),
        source: driver.files().1.to_string(),
        solution,
        class: "GrindMain".into(),
    }))
}

/// The candidate's file as it is, beside the entry file.
fn beside(solution: &str, code: &str, entry: &str, contents: String) -> Vec<(String, String)> {
    vec![
        (solution.to_string(), code.to_string()),
        (entry.to_string(), contents),
    ]
}

/// Whether `word` occurs in `code` as a whole identifier.
fn defines_word(code: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    code.match_indices(word).any(|(i, _)| {
        !code[..i].chars().next_back().is_some_and(ident)
            && !code[i + word.len()..].chars().next().is_some_and(ident)
    })
}

/// A note added to a compile error that points into the driver.
pub fn driver_note(language: &Language, sig: &Signature, message: &str) -> Option<String> {
    let driver = for_language(language).ok()?;
    let (_, source) = driver.files();
    message.contains(source).then(|| {
        format!(
            "note: {source} is grind's driver; it calls your code as the stub declares it:\n    {}\nKeep the stub's names, parameter types and return types.",
            declarations(driver, sig).join("\n    ")
        )
    })
}

/// What the stub declares, a line each: the function, or the class's members.
fn declarations(driver: &dyn Driver, sig: &Signature) -> Vec<String> {
    match sig {
        Signature::Function(f) => vec![driver.declaration(f)],
        Signature::Class(c) => class::declarations(driver, c),
    }
}

/// The stub `grind new` writes: the function to complete and nothing else to edit.
pub fn stub(language: &Language, sig: &Signature, title: &str, summary: &str) -> Result<String> {
    let driver = for_language(language)?;
    let head = format!("{} {title}: {summary}\n", driver.comment());
    Ok(match sig {
        Signature::Function(f) => {
            driver.function_stub(f, &function_head(driver, f, head), &driver.declaration(f))
        }
        Signature::Class(c) => driver.class_stub(
            c,
            &class::head(driver, c, head),
            &class::declarations(driver, c),
        ),
    })
}

/// The function stub's opening comment: `head`, how grind calls the function, the
/// provided node types.
fn function_head(driver: &dyn Driver, sig: &Function, mut head: String) -> String {
    let c = driver.comment();
    let checks = match sig.modifies {
        Some(i) => format!(
            "checks `{}` after the call\n{c} (change it in place, return nothing);",
            driver.ident(&sig.params[i].name)
        ),
        None => format!("checks what it returns;\n{c}"),
    };
    head.push_str(&format!(
        "{c} Complete the function. grind reads each test, calls it and {checks} what you print goes to \"your output\" and does not count.\n"
    ));
    head + &node_comment(driver, &function_types(sig))
}

/// The types a function's stub mentions: its parameters' and its result's.
fn function_types(sig: &Function) -> Vec<Type> {
    sig.params
        .iter()
        .map(|p| p.ty)
        .chain([sig.returns])
        .collect()
}

/// The node definitions the driver provides, shown as a comment when the signature
/// uses them (as LeetCode does).
fn node_comment(driver: &dyn Driver, types: &[Type]) -> String {
    let c = driver.comment();
    let mut out = String::new();
    for (base, fields) in [
        (Base::ListNode, "val, next"),
        (Base::TreeNode, "val, left, right"),
    ] {
        if types.iter().any(|t| t.base == base) {
            let how = driver.node_help(base, fields);
            out.push_str(&format!("{c} Provided by grind: {how}.\n"));
        }
    }
    out
}

/// A function's parameters as its declaration lists them.
fn param_decls(driver: &dyn Driver, sig: &Function) -> Vec<String> {
    sig.params
        .iter()
        .enumerate()
        .map(|(i, p)| driver.param_decl(p, sig.modifies == Some(i)))
        .collect()
}

/// The declared return type: the result's, or the language's `nothing` for a function
/// that changes a parameter in place.
fn return_type(driver: &dyn Driver, sig: &Function, nothing: &str) -> String {
    match sig.modifies {
        None => driver.type_name(sig.returns),
        Some(_) => nothing.into(),
    }
}

/// `, a, b`: parameters after a leading `self`.
fn leading_commas(list: &[String]) -> String {
    list.iter().map(|p| format!(", {p}")).collect()
}

/// `a0, a1, …` with the glue's variable prefix.
fn arg_list(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A call's arguments: each parameter converted from its element of the parsed
/// arguments (Go, Java).
fn converted(
    list: &[Param],
    convert: fn(Type, &str) -> String,
    element: impl Fn(usize) -> String,
) -> String {
    list.iter()
        .enumerate()
        .map(|(i, p)| convert(p.ty, &element(i)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `["int[]", "string"]`: the parameter types for runtimes that convert the JSON
/// arguments by type name (Python, JavaScript).
fn type_list(list: &[Param]) -> String {
    let quoted: Vec<String> = list.iter().map(|p| format!("\"{}\"", p.ty)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The index of the parameter changed in place, or -1: the return value (Python,
/// JavaScript).
fn modified_index(sig: &Function) -> i64 {
    sig.modifies.map_or(-1, |i| i as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(yaml: &str) -> Function {
        match serde_yaml::from_str(yaml).unwrap() {
            Signature::Function(f) => f,
            Signature::Class(_) => panic!("a function signature"),
        }
    }

    #[test]
    fn declarations_follow_each_language() {
        let s = sig(
            "{function: two_sum, params: [{name: nums, type: 'int[]'}, {name: target, type: int}], returns: 'int[]'}",
        );
        assert_eq!(
            c::C.declaration(&s),
            "int* two_sum(int* nums, int nums_size, int target, int* return_size)"
        );
        assert_eq!(
            cpp::Cpp.declaration(&s),
            "vector<int> twoSum(vector<int>& nums, int target)"
        );
        assert_eq!(
            rust::Rust.declaration(&s),
            "pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"
        );
        assert_eq!(
            go::Go.declaration(&s),
            "func twoSum(nums []int, target int) []int"
        );
        assert_eq!(
            java::Java.declaration(&s),
            "public int[] twoSum(int[] nums, int target)"
        );
        assert_eq!(
            python::Python.declaration(&s),
            "def two_sum(self, nums: List[int], target: int) -> List[int]:"
        );
        assert_eq!(
            javascript::JavaScript.declaration(&s),
            "function twoSum(nums, target)"
        );
        let g =
            sig("{function: flip, params: [{name: grid, type: 'char[][]'}], returns: 'char[][]'}");
        assert_eq!(
            c::C.declaration(&g),
            "char** flip(char** grid, int grid_size, int* grid_col_size, int* return_size, int** return_column_sizes)"
        );
    }

    #[test]
    fn whole_words_only() {
        assert!(defines_word("int twoSum(int a)", "twoSum"));
        assert!(!defines_word("int twoSums(int a)", "twoSum"));
        assert!(!defines_word("int my_two_sum(int a)", "two_sum"));
    }
}
