//! Function-signature solutions in each language: the stub `grind new` writes, and the
//! program grind builds from the candidate's file and the language's driver in
//! `harness/drivers/` (which reads the test input, calls the function and writes the
//! result to descriptor 3, apart from the candidate's own stdout).

use crate::error::{Error, Result};
use crate::language::Language;
use crate::paths;
use crate::signature::{Base, Function, Param, Signature, Type};

mod class;

/// The languages with a driver. A language in languages.yaml picks one with
/// `signature: {driver: ID}`; by default its own id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Driver {
    C,
    Cpp,
    Rust,
    Go,
    Java,
    Python,
    JavaScript,
}

impl Driver {
    pub fn of(language: &Language) -> Result<Driver> {
        let id = language.driver();
        Ok(match id {
            "c" => Driver::C,
            "cpp" => Driver::Cpp,
            "rust" => Driver::Rust,
            "go" => Driver::Go,
            "java" => Driver::Java,
            "python" => Driver::Python,
            "javascript" => Driver::JavaScript,
            other => {
                return Err(Error::new(format!(
                    "{} has no function-signature driver (`{other}`)",
                    language.name
                ))
                .help(
                    "solve it as a full program: `grind new PROBLEM --lang L --mode stdin`, or set `signature: {driver: c|cpp|rust|go|java|python|javascript}` for this language in languages.yaml",
                ));
            }
        })
    }

    fn runtime_file(self) -> &'static str {
        match self {
            Driver::C => "c.c",
            Driver::Cpp => "cpp.cpp",
            Driver::Rust => "rust.rs",
            Driver::Go => "go.go",
            Driver::Java => "java.java",
            Driver::Python => "python.py",
            Driver::JavaScript => "javascript.js",
        }
    }

    /// The candidate's file in the build folder, and the generated entry file.
    fn files(self) -> (&'static str, &'static str) {
        match self {
            Driver::C => ("solution.c", "main.c"),
            Driver::Cpp => ("solution.cpp", "main.cpp"),
            Driver::Rust => ("solution.rs", "main.rs"),
            Driver::Go => ("solution.go", "main.go"),
            Driver::Java => ("Solution.java", "GrindMain.java"),
            Driver::Python => ("solution.py", "main.py"),
            Driver::JavaScript => ("solution.js", "main.js"),
        }
    }

    fn comment(self) -> &'static str {
        if self == Driver::Python { "#" } else { "//" }
    }

    /// The function's name in this language's convention.
    pub fn function(self, sig: &Function) -> String {
        match self {
            Driver::C | Driver::Rust | Driver::Python => sig.function.snake(),
            _ => sig.function.camel(),
        }
    }

    fn param(self, name: &crate::signature::Name) -> String {
        match self {
            Driver::C | Driver::Rust | Driver::Python => name.snake(),
            _ => name.camel(),
        }
    }
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
    let driver = Driver::of(language)?;
    let (what, name) = match sig {
        Signature::Function(f) => ("function", driver.function(f)),
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
        Signature::Function(f) => glue(driver, f),
        Signature::Class(c) => class::glue(driver, c),
    };
    let runtime_path = paths::harness().join("drivers").join(driver.runtime_file());
    let runtime = std::fs::read_to_string(&runtime_path)
        .map_err(|e| Error::io("read the driver", &runtime_path, e))?;
    let (solution, source) = driver.files();
    // javac finds a class by its file's name: a design problem's class is not Solution.
    let solution = match (driver, sig) {
        (Driver::Java, Signature::Class(c)) => format!("{}.java", c.name.0),
        _ => solution.to_string(),
    };
    let mut files = Vec::new();
    let entry = match driver {
        Driver::C | Driver::Cpp => {
            // One translation unit; #line makes messages name the candidate's file.
            let before = format!("{runtime}\n#line 1 \"{solution}\"\n{code}\n");
            let next = before.lines().count() + 2;
            format!("{before}#line {next} \"{source}\"\n{glue}")
        }
        Driver::Rust => format!("{runtime}\ninclude!(\"{solution}\");\n\n{glue}"),
        _ => format!("{runtime}\n{glue}"),
    };
    if !matches!(driver, Driver::C | Driver::Cpp) {
        files.push((solution.clone(), code.to_string()));
    }
    files.push((source.to_string(), entry));
    Ok(Ok(Joined {
        files,
        source: source.to_string(),
        solution,
        class: "GrindMain".into(),
    }))
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
    let driver = Driver::of(language).ok()?;
    let (_, source) = driver.files();
    message.contains(source).then(|| {
        format!(
            "note: {source} is grind's driver; it calls your code as the stub declares it:\n    {}\nKeep the stub's names, parameter types and return types.",
            declarations(driver, sig).join("\n    ")
        )
    })
}

fn scalar(driver: Driver, base: Base) -> &'static str {
    use Base::*;
    match (driver, base) {
        (Driver::C | Driver::Cpp | Driver::Java | Driver::Go, Int) => "int",
        (Driver::C | Driver::Cpp, Long) => "long long",
        (Driver::C | Driver::Cpp | Driver::Java, Double) => "double",
        (Driver::C | Driver::Cpp | Driver::Rust | Driver::Go | Driver::Python, Bool) => "bool",
        (Driver::C, Str) => "char*",
        (Driver::Cpp, Str) => "string",
        (Driver::C | Driver::Cpp | Driver::Java, Char) => "char",
        (Driver::C, ListNode) => "struct ListNode*",
        (Driver::C, TreeNode) => "struct TreeNode*",
        (Driver::Cpp, ListNode) => "ListNode*",
        (Driver::Cpp, TreeNode) => "TreeNode*",
        (Driver::Rust, Int) => "i32",
        (Driver::Rust, Long) => "i64",
        (Driver::Rust, Double) => "f64",
        (Driver::Rust, Str) => "String",
        (Driver::Rust, Char) => "char",
        (Driver::Rust, ListNode) => "Option<Box<ListNode>>",
        (Driver::Rust, TreeNode) => "Option<Rc<RefCell<TreeNode>>>",
        (Driver::Go, Long) => "int64",
        (Driver::Go, Double) => "float64",
        (Driver::Go, Str) => "string",
        (Driver::Go, Char) => "byte",
        (Driver::Go, ListNode) => "*ListNode",
        (Driver::Go, TreeNode) => "*TreeNode",
        (Driver::Java, Long) => "long",
        (Driver::Java, Bool) => "boolean",
        (Driver::Java, Str) => "String",
        (Driver::Java, ListNode) => "ListNode",
        (Driver::Java, TreeNode) => "TreeNode",
        (Driver::Python, Int | Long) => "int",
        (Driver::Python, Double) => "float",
        (Driver::Python, Str | Char) => "str",
        (Driver::Python, ListNode) => "Optional[ListNode]",
        (Driver::Python, TreeNode) => "Optional[TreeNode]",
        (Driver::JavaScript, Int | Long | Double) => "number",
        (Driver::JavaScript, Bool) => "boolean",
        (Driver::JavaScript, Str | Char) => "string",
        (Driver::JavaScript, ListNode) => "ListNode|null",
        (Driver::JavaScript, TreeNode) => "TreeNode|null",
    }
}

/// A type in a language (C: the element pointer type; sizes are separate parameters).
pub fn type_name(driver: Driver, ty: Type) -> String {
    let mut name = scalar(driver, ty.base).to_string();
    for _ in 0..ty.dims {
        name = match driver {
            Driver::C => format!("{name}*"),
            Driver::Cpp => format!("vector<{name}>"),
            Driver::Rust => format!("Vec<{name}>"),
            Driver::Go => format!("[]{name}"),
            // JSDoc: `(ListNode|null)[]`, not `ListNode|(null[])`.
            Driver::JavaScript if name.contains('|') => format!("({name})[]"),
            Driver::Java | Driver::JavaScript => format!("{name}[]"),
            Driver::Python => format!("List[{name}]"),
        };
    }
    name
}

/// The C parameter list of one parameter: arrays carry their sizes, as on LeetCode.
fn c_params(name: &str, ty: Type) -> String {
    let t = type_name(Driver::C, ty);
    match ty.dims {
        0 => format!("{t} {name}"),
        1 => format!("{t} {name}, int {name}_size"),
        _ => format!("{t} {name}, int {name}_size, int* {name}_col_size"),
    }
}

/// The declared return type: the result's, or the language's nothing for a function
/// that changes a parameter in place.
fn return_type(driver: Driver, sig: &Function) -> String {
    match (sig.modifies, driver) {
        (None, _) => type_name(driver, sig.returns),
        (Some(_), Driver::Python) => "None".into(),
        (Some(_), Driver::Rust | Driver::Go) => String::new(),
        (Some(_), _) => "void".into(),
    }
}

/// What the stub declares, a line each: the function, or the class's members.
fn declarations(driver: Driver, sig: &Signature) -> Vec<String> {
    match sig {
        Signature::Function(f) => vec![declaration(driver, f)],
        Signature::Class(c) => class::declarations(driver, c),
    }
}

/// One parameter as a declaration lists it: C with its sizes, C++ arrays by reference,
/// Rust `&mut` when the function changes it in place.
fn param_decl(driver: Driver, p: &Param, changed: bool) -> String {
    let n = driver.param(&p.name);
    let t = type_name(driver, p.ty);
    match driver {
        Driver::C => c_params(&n, p.ty),
        Driver::Cpp if p.ty.dims > 0 => format!("{t}& {n}"),
        Driver::Cpp | Driver::Java => format!("{t} {n}"),
        Driver::Rust if changed => format!("{n}: &mut {t}"),
        Driver::Rust | Driver::Python => format!("{n}: {t}"),
        Driver::Go => format!("{n} {t}"),
        Driver::JavaScript => n,
    }
}

/// C: the out-parameters through which an array result reports its sizes.
fn c_return_sizes(returns: Type) -> Vec<String> {
    match returns.dims {
        0 => vec![],
        1 => vec!["int* return_size".into()],
        _ => vec![
            "int* return_size".into(),
            "int** return_column_sizes".into(),
        ],
    }
}

/// The function's declaration line as the stub writes it (without the body).
pub fn declaration(driver: Driver, sig: &Function) -> String {
    let f = driver.function(sig);
    let ret = return_type(driver, sig);
    let mut params: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| param_decl(driver, p, sig.modifies == Some(i)))
        .collect();
    if driver == Driver::C && sig.modifies.is_none() {
        params.extend(c_return_sizes(sig.returns));
    }
    let list = params.join(", ");
    match driver {
        Driver::C | Driver::Cpp => format!("{ret} {f}({list})"),
        Driver::Rust if sig.modifies.is_some() => format!("pub fn {f}({list})"),
        Driver::Rust => format!("pub fn {f}({list}) -> {ret}"),
        Driver::Go => format!("func {f}({list}) {ret}").trim_end().to_string(),
        Driver::Java => format!("public {ret} {f}({list})"),
        Driver::Python => {
            let list: String = params.iter().map(|p| format!(", {p}")).collect();
            format!("def {f}(self{list}) -> {ret}:")
        }
        Driver::JavaScript => format!("function {f}({list})"),
    }
}

/// The stub `grind new` writes: the function to complete and nothing else to edit.
pub fn stub(language: &Language, sig: &Signature, title: &str, summary: &str) -> Result<String> {
    let driver = Driver::of(language)?;
    let c = driver.comment();
    let head = format!("{c} {title}: {summary}\n");
    match sig {
        Signature::Function(f) => Ok(function_stub(driver, f, head)),
        Signature::Class(class) => Ok(class::stub(driver, class, head)),
    }
}

fn function_stub(driver: Driver, sig: &Function, mut head: String) -> String {
    let c = driver.comment();
    let checks = match sig.modifies {
        Some(i) => format!(
            "checks `{}` after the call\n{c} (change it in place, return nothing);",
            driver.param(&sig.params[i].name)
        ),
        None => format!("checks what it returns;\n{c}"),
    };
    head.push_str(&format!(
        "{c} Complete the function. grind reads each test, calls it and {checks} what you print goes to \"your output\" and does not count.\n"
    ));
    let decl = declaration(driver, sig);
    let types: Vec<Type> = sig
        .params
        .iter()
        .map(|p| p.ty)
        .chain([sig.returns])
        .collect();
    let uses_tree = types.iter().any(|t| t.base == Base::TreeNode);
    let nodes = node_comment(driver, &types);
    match driver {
        Driver::C => format!("{head}{nodes}\n{decl} {{\n\n}}\n"),
        Driver::Cpp => {
            format!("{head}{nodes}\nclass Solution {{\npublic:\n    {decl} {{\n\n    }}\n}};\n")
        }
        Driver::Rust => {
            let uses = if uses_tree {
                "use std::cell::RefCell;\nuse std::rc::Rc;\n\n"
            } else {
                ""
            };
            format!(
                "{head}{nodes}\n{uses}impl Solution {{\n    {decl} {{\n        todo!()\n    }}\n}}\n"
            )
        }
        Driver::Go => format!("{head}{nodes}\npackage main\n\n{decl} {{\n\n}}\n"),
        Driver::Java => format!(
            "{head}{nodes}\nimport java.util.*;\n\nclass Solution {{\n    {decl} {{\n\n    }}\n}}\n"
        ),
        Driver::Python => format!("{head}{nodes}\n\nclass Solution:\n    {decl}\n        pass\n"),
        Driver::JavaScript => {
            let docs: String = sig
                .params
                .iter()
                .map(|p| {
                    format!(
                        " * @param {{{}}} {}\n",
                        type_name(driver, p.ty),
                        driver.param(&p.name)
                    )
                })
                .collect();
            let ret = match sig.modifies {
                Some(i) => format!(
                    "{{void}} {} is changed in place",
                    driver.param(&sig.params[i].name)
                ),
                None => format!("{{{}}}", type_name(driver, sig.returns)),
            };
            format!("{head}{nodes}\n/**\n{docs} * @return {ret}\n */\n{decl} {{\n\n}}\n")
        }
    }
}

/// The node definitions the driver provides, shown as a comment when the signature
/// uses them (as LeetCode does).
fn node_comment(driver: Driver, types: &[Type]) -> String {
    let used = |b: Base| types.iter().any(|t| t.base == b);
    let c = driver.comment();
    let mut out = String::new();
    for (base, fields) in [
        (Base::ListNode, "val, next"),
        (Base::TreeNode, "val, left, right"),
    ] {
        if !used(base) {
            continue;
        }
        let name = base.name();
        let how = match driver {
            Driver::C => format!(
                "struct {name} {{ int val; ... }} with fields {fields}; allocate with malloc"
            ),
            Driver::Cpp => {
                format!("struct {name} {{ int val; ... }} with fields {fields}; new {name}(x)")
            }
            Driver::Rust => format!("pub struct {name} with pub fields {fields}; {name}::new(val)"),
            Driver::Go => {
                let go_fields = if base == Base::ListNode {
                    "Val, Next"
                } else {
                    "Val, Left, Right"
                };
                format!("type {name} struct with fields {go_fields}")
            }
            Driver::Java => format!("class {name} with fields {fields}; new {name}(val)"),
            Driver::Python => format!("class {name} with fields {fields}; {name}(val)"),
            Driver::JavaScript => format!("{name} with fields {fields}; new {name}(val)"),
        };
        out.push_str(&format!("{c} Provided by grind: {how}.\n"));
    }
    out
}

/// The generated main: read each parameter, call the function, write the result.
fn glue(driver: Driver, sig: &Function) -> String {
    let f = driver.function(sig);
    let n = sig.params.len();
    let types: Vec<Type> = sig.params.iter().map(|p| p.ty).collect();
    match driver {
        Driver::C => c_glue(&f, &types, sig),
        Driver::Cpp => {
            let mut out = format!("int main() {{\n    grind::begin({n});\n");
            for (i, t) in types.iter().enumerate() {
                out.push_str(&format!(
                    "    auto grind_a{i} = grind::read<{}>({i});\n",
                    type_name(driver, *t)
                ));
            }
            let call = format!("grind_s.{f}({})", arg_list("grind_a", n));
            let put = match sig.modifies {
                Some(i) => format!("{call};\n    grind::put(grind_a{i});"),
                None => format!("grind::put({call});"),
            };
            out.push_str(&format!(
                "    Solution grind_s;\n    {put}\n    grind::end();\n    return 0;\n}}\n"
            ));
            out
        }
        Driver::Rust => {
            let mut out =
                format!("fn main() {{\n    let grind_lines = grind_driver::begin({n});\n");
            for (i, t) in types.iter().enumerate() {
                let binding = if sig.modifies == Some(i) { "mut " } else { "" };
                out.push_str(&format!(
                    "    let {binding}grind_a{i}: {} = grind_driver::read(&grind_lines, {i});\n",
                    rust_full_type(*t)
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
                    rust_full_type(sig.returns),
                    arg_list("grind_a", n)
                )),
            }
            out
        }
        Driver::Go => {
            let mut out = format!("func main() {{\n\tgrindBegin({n})\n");
            for (i, t) in types.iter().enumerate() {
                let expr = go_value(*t, &format!("grindArg({i})"));
                out.push_str(&format!("\tgrindA{i} := {expr}\n"));
            }
            let call = format!("{f}({})", arg_list("grindA", n));
            out.push_str(&match sig.modifies {
                Some(i) => format!("\t{call}\n\tgrindPut(grindA{i})\n}}\n"),
                None => format!("\tgrindPut({call})\n}}\n"),
            });
            out
        }
        Driver::Java => {
            let mut out = String::from(
                "public class GrindMain {\n    public static void main(String[] args) throws Exception {\n",
            );
            out.push_str(&format!("        Grind.begin({n});\n"));
            for (i, t) in types.iter().enumerate() {
                out.push_str(&format!(
                    "        {} grindA{i} = {};\n",
                    type_name(driver, *t),
                    java_value(*t, &format!("Grind.arg({i})"))
                ));
            }
            let call = format!("new Solution().{f}({})", arg_list("grindA", n));
            let put = match sig.modifies {
                Some(i) => format!("{call};\n        Grind.put(grindA{i});"),
                None => format!("Grind.put({call});"),
            };
            out.push_str(&format!(
                "        {put}\n        Grind.end();\n    }}\n}}\n"
            ));
            out
        }
        Driver::Python | Driver::JavaScript => {
            let params = types
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let ret = sig.returns;
            // The index of the parameter changed in place, or -1: the return value.
            let modifies = sig.modifies.map_or(-1, |i| i as i64);
            if driver == Driver::Python {
                format!(
                    "\nif __name__ == \"__main__\":\n    grind_main(\"{f}\", [{params}], \"{ret}\", os.path.join(os.path.dirname(os.path.abspath(__file__)), \"solution.py\"), {modifies})\n"
                )
            } else {
                format!(
                    "\ngrindMain('{f}', [{params}], '{ret}', require('path').join(__dirname, 'solution.js'), {modifies});\n"
                )
            }
        }
    }
}

/// Rust: a type with the paths the glue needs (it does not import Rc and RefCell).
fn rust_full_type(t: Type) -> String {
    type_name(Driver::Rust, t).replace("Rc<RefCell<", "std::rc::Rc<std::cell::RefCell<")
}

/// Go: the expression converting a parsed JSON value `arg` to `t`.
fn go_value(t: Type, arg: &str) -> String {
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

/// Java: the expression converting a parsed JSON value `arg` to `t`.
fn java_value(t: Type, arg: &str) -> String {
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

/// `a0, a1, …` with the glue's variable prefix.
fn arg_list(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// C: the type's part of the driver's reader and writer names (`grind_read_int`).
fn c_base(t: Type) -> &'static str {
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

/// C: declares `var` (and its sizes `var_n`, `var_c`) read from `stream`; the code and
/// the arguments that pass it on, LeetCode's way.
fn c_read(var: &str, t: Type, stream: &str) -> (String, Vec<String>) {
    let ty = type_name(Driver::C, t);
    let b = c_base(t);
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

/// C: writes `var` (with its sizes `var_n`, `var_c`) as JSON.
fn c_put(var: &str, t: Type) -> String {
    let b = c_base(t);
    match t.dims {
        0 => format!("grind_put_{b}({var});"),
        1 => format!("grind_put_{b}_array({var}, {var}_n);"),
        _ => format!("grind_put_{b}_grid({var}, {var}_n, {var}_c);"),
    }
}

/// C: calls `f` and writes what it returns; array results report their sizes through
/// the extra out-parameters.
fn c_call_put(f: &str, mut args: Vec<String>, returns: Type) -> String {
    let ret = type_name(Driver::C, returns);
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
        c_put("grind_r", returns)
    )
}

fn c_glue(f: &str, types: &[Type], sig: &Function) -> String {
    let mut out = format!("int main(void) {{\n    grind_begin({});\n", types.len());
    let mut args = Vec::new();
    for (i, t) in types.iter().enumerate() {
        let (read, passed) = c_read(&format!("grind_a{i}"), *t, &format!("&grind_i{i}"));
        args.extend(passed);
        out.push_str(&format!(
            "    grind_in grind_i{i} = grind_line({i});\n    {read}\n    grind_done(&grind_i{i});\n"
        ));
    }
    let call = match sig.modifies {
        Some(i) => format!(
            "{f}({}); {}",
            args.join(", "),
            c_put(&format!("grind_a{i}"), sig.returns)
        ),
        None => c_call_put(f, args, sig.returns),
    };
    out.push_str(&format!(
        "    {call}\n    grind_end();\n    return 0;\n}}\n"
    ));
    out
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
            declaration(Driver::C, &s),
            "int* two_sum(int* nums, int nums_size, int target, int* return_size)"
        );
        assert_eq!(
            declaration(Driver::Cpp, &s),
            "vector<int> twoSum(vector<int>& nums, int target)"
        );
        assert_eq!(
            declaration(Driver::Rust, &s),
            "pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>"
        );
        assert_eq!(
            declaration(Driver::Go, &s),
            "func twoSum(nums []int, target int) []int"
        );
        assert_eq!(
            declaration(Driver::Java, &s),
            "public int[] twoSum(int[] nums, int target)"
        );
        assert_eq!(
            declaration(Driver::Python, &s),
            "def two_sum(self, nums: List[int], target: int) -> List[int]:"
        );
        assert_eq!(
            declaration(Driver::JavaScript, &s),
            "function twoSum(nums, target)"
        );
        let g =
            sig("{function: flip, params: [{name: grid, type: 'char[][]'}], returns: 'char[][]'}");
        assert_eq!(
            declaration(Driver::C, &g),
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
