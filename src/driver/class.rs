//! Design problems in each language: the class stub, and the glue that constructs the
//! class, calls a test's operations in turn and writes the list of their results.

use super::{
    Driver, c_call_put, c_read, c_return_sizes, go_value, java_value, node_comment, param_decl,
    rust_full_type, type_name,
};
use crate::signature::{Class, Method, Param, Type};

/// A method's name: C's `lruCacheGet`, Go's exported `Get`, the language's case else.
fn method_name(driver: Driver, class: &Class, m: &Method) -> String {
    match driver {
        Driver::C => format!("{}{}", class.name.lower_first(), m.name.pascal()),
        Driver::Go => m.name.pascal(),
        Driver::Rust | Driver::Python => m.name.snake(),
        Driver::Cpp | Driver::Java | Driver::JavaScript => m.name.camel(),
    }
}

fn params(driver: Driver, list: &[Param]) -> Vec<String> {
    list.iter().map(|p| param_decl(driver, p, false)).collect()
}

/// The declarations of the class's members, one per line, as the stub writes them.
pub(super) fn declarations(driver: Driver, class: &Class) -> Vec<String> {
    let name = &class.name.0;
    let lower = class.name.lower_first();
    let ctor = params(driver, &class.constructor);
    let mut out = vec![match driver {
        Driver::C => format!("{name}* {lower}Create({})", ctor.join(", ")),
        Driver::Cpp => format!("{name}({})", ctor.join(", ")),
        Driver::Rust => format!("pub fn new({}) -> Self", ctor.join(", ")),
        Driver::Go => format!("func Constructor({}) {name}", ctor.join(", ")),
        Driver::Java => format!("public {name}({})", ctor.join(", ")),
        Driver::Python => format!("def __init__(self{}):", leading_commas(&ctor)),
        Driver::JavaScript => format!("constructor({})", ctor.join(", ")),
    }];
    for m in &class.methods {
        let f = method_name(driver, class, m);
        let mut list = params(driver, &m.params);
        let ret = m.result().map(|t| type_name(driver, t));
        out.push(match (driver, ret) {
            (Driver::C, ret) => {
                list.insert(0, format!("{name}* obj"));
                list.extend(m.result().map(c_return_sizes).unwrap_or_default());
                format!(
                    "{} {f}({})",
                    ret.as_deref().unwrap_or("void"),
                    list.join(", ")
                )
            }
            (Driver::Cpp, ret) => format!(
                "{} {f}({})",
                ret.as_deref().unwrap_or("void"),
                list.join(", ")
            ),
            (Driver::Rust, Some(ret)) => {
                format!("pub fn {f}(&mut self{}) -> {ret}", leading_commas(&list))
            }
            (Driver::Rust, None) => format!("pub fn {f}(&mut self{})", leading_commas(&list)),
            (Driver::Go, ret) => format!(
                "func (this *{name}) {f}({}) {}",
                list.join(", "),
                ret.unwrap_or_default()
            )
            .trim_end()
            .to_string(),
            (Driver::Java, ret) => format!(
                "public {} {f}({})",
                ret.as_deref().unwrap_or("void"),
                list.join(", ")
            ),
            (Driver::Python, ret) => format!(
                "def {f}(self{}) -> {}:",
                leading_commas(&list),
                ret.as_deref().unwrap_or("None")
            ),
            (Driver::JavaScript, _) => format!("{f}({})", list.join(", ")),
        });
    }
    if driver == Driver::C {
        out.push(format!("void {lower}Free({name}* obj)"));
    }
    out
}

fn leading_commas(list: &[String]) -> String {
    list.iter().map(|p| format!(", {p}")).collect()
}

/// The stub: the class with its constructor and methods to complete.
pub(super) fn stub(driver: Driver, class: &Class, mut head: String) -> String {
    let c = driver.comment();
    head.push_str(&format!(
        "{c} Complete the class. grind reads a test's operations, constructs the class and calls\n{c} the methods in order, checking every result; what you print goes to \"your output\"\n{c} and does not count.\n"
    ));
    let types: Vec<Type> = class
        .constructor
        .iter()
        .chain(class.methods.iter().flat_map(|m| &m.params))
        .map(|p| p.ty)
        .chain(class.methods.iter().filter_map(Method::result))
        .collect();
    let nodes = node_comment(driver, &types);
    let name = &class.name.0;
    let members = declarations(driver, class);
    // Each member with an empty body, indented as the language's classes are.
    let body = |indent: &str, inside: &str| {
        members
            .iter()
            .map(|d| format!("{indent}{d} {{\n{inside}{indent}}}\n"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match driver {
        Driver::C => format!(
            "{head}{nodes}\ntypedef struct {{\n\n}} {name};\n\n{}",
            body("", "\n")
        ),
        Driver::Cpp => format!(
            "{head}{nodes}\nclass {name} {{\npublic:\n{}}};\n",
            body("    ", "\n")
        ),
        Driver::Rust => {
            let uses = if nodes.contains("TreeNode") {
                "use std::cell::RefCell;\nuse std::rc::Rc;\n\n"
            } else {
                ""
            };
            format!(
                "{head}{nodes}\n{uses}struct {name} {{\n\n}}\n\nimpl {name} {{\n{}}}\n",
                body("    ", "        todo!()\n")
            )
        }
        Driver::Go => format!(
            "{head}{nodes}\npackage main\n\ntype {name} struct {{\n\n}}\n\n{}",
            body("", "\n")
        ),
        Driver::Java => format!(
            "{head}{nodes}\nimport java.util.*;\n\nclass {name} {{\n{}}}\n",
            body("    ", "\n")
        ),
        Driver::Python => {
            let methods: Vec<String> = members
                .iter()
                .map(|d| format!("    {d}\n        pass\n"))
                .collect();
            format!("{head}{nodes}\n\nclass {name}:\n{}", methods.join("\n"))
        }
        Driver::JavaScript => format!("{head}{nodes}\nclass {name} {{\n{}}}\n", body("    ", "\n")),
    }
}

/// The generated main: construct, then dispatch each operation by name.
pub(super) fn glue(driver: Driver, class: &Class) -> String {
    let name = &class.name.0;
    match driver {
        Driver::C => {
            let lower = class.name.lower_first();
            let (read, args) = c_reads(&class.constructor);
            let mut out = format!(
                "int main(void) {{\n    grind_begin(2);\n    grind_in grind_i0 = grind_line(0);\n    int grind_ops_n; char** grind_ops = grind_read_string_array(&grind_i0, &grind_ops_n);\n    grind_done(&grind_i0);\n    grind_calls_begin();\n    grind_call();\n{read}    grind_call_done();\n    {name}* grind_obj = {lower}Create({});\n    grind_emits(\"[null\");\n    for (int grind_k = 1; grind_k < grind_ops_n; grind_k++) {{\n        grind_emits(\",\");\n        grind_call();\n        ",
                args.join(", ")
            );
            for m in &class.methods {
                let (read, mut args) = c_reads(&m.params);
                args.insert(0, "grind_obj".into());
                let f = method_name(driver, class, m);
                let call = match m.result() {
                    Some(t) => c_call_put(&f, args, t),
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
        Driver::Cpp => {
            let (read, args) = cpp_reads(&class.constructor);
            let mut out = format!(
                "int main() {{\n    grind::begin(2);\n    auto grind_ops = grind::read<vector<string>>(0);\n    grind::Calls grind_calls;\n    grind_calls.call();\n{read}    grind_calls.done();\n    {name}* grind_obj = new {name}({args});\n    grind::out += \"[null\";\n    for (size_t grind_k = 1; grind_k < grind_ops.size(); grind_k++) {{\n        grind::out += ',';\n        grind_calls.call();\n        "
            );
            for m in &class.methods {
                let (read, args) = cpp_reads(&m.params);
                let call = format!("grind_obj->{}({args})", method_name(driver, class, m));
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
        Driver::Rust => {
            let (read, args) = rust_reads(&class.constructor);
            let mut out = format!(
                "fn main() {{\n    let grind_lines = grind_driver::begin(2);\n    let grind_ops: Vec<String> = grind_driver::read(&grind_lines, 0);\n    let mut grind_calls = grind_driver::Calls::new(&grind_lines);\n    grind_calls.call();\n{read}    grind_calls.done();\n    #[allow(unused_mut)]\n    let mut grind_obj = {name}::new({args});\n    let mut grind_out = String::from(\"[null\");\n    for grind_op in &grind_ops[1..] {{\n        grind_out.push(',');\n        grind_calls.call();\n        match grind_op.as_str() {{\n"
            );
            for m in &class.methods {
                let (read, args) = rust_reads(&m.params);
                let call = format!("grind_obj.{}({args})", method_name(driver, class, m));
                let put = match m.result() {
                    Some(_) => format!("grind_driver::Json::put(&{call}, &mut grind_out);"),
                    None => format!("{call};\n                grind_out.push_str(\"null\");"),
                };
                out.push_str(&format!(
                    "            \"{}\" => {{\n{read}                grind_calls.done();\n                {put}\n            }}\n",
                    m.name.0
                ));
            }
            out.push_str(
                "            other => grind_driver::fail(&format!(\"unknown operation {other}\")),\n        }\n    }\n    grind_calls.end();\n    grind_out.push(']');\n    grind_driver::write(grind_out);\n}\n",
            );
            out
        }
        Driver::Go => {
            let args =
                |list: &[Param], from: &str| converted(list, go_value, |i| format!("{from}[{i}]"));
            let mut out = format!(
                "func main() {{\n\tgrindBegin(2)\n\tgrindOps := grindSlice(grindArg(0), grindString)\n\tgrindCalls := grindItems(grindArg(1))\n\tgrindC := grindItems(grindCalls[0])\n\t_ = grindC\n\tgrindObj := Constructor({})\n\tgrindOut := []interface{{}}{{nil}}\n\tfor grindK := 1; grindK < len(grindOps); grindK++ {{\n\t\tgrindA := grindItems(grindCalls[grindK])\n\t\t_ = grindA\n\t\tswitch grindOps[grindK] {{\n",
                args(&class.constructor, "grindC")
            );
            for m in &class.methods {
                let call = format!(
                    "grindObj.{}({})",
                    method_name(driver, class, m),
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
        Driver::Java => {
            let args = |list: &[Param], from: &str| {
                converted(list, java_value, |i| format!("{from}.get({i})"))
            };
            let mut out = format!(
                "public class GrindMain {{\n    public static void main(String[] args) throws Exception {{\n        Grind.begin(2);\n        List<Object> grindOps = Grind.items(Grind.arg(0));\n        List<Object> grindCalls = Grind.items(Grind.arg(1));\n        List<Object> grindC = Grind.items(grindCalls.get(0));\n        {name} grindObj = new {name}({});\n        Grind.raw(\"[null\");\n        for (int grindK = 1; grindK < grindOps.size(); grindK++) {{\n            Grind.raw(\",\");\n            List<Object> grindA = Grind.items(grindCalls.get(grindK));\n            switch (Grind.toStr(grindOps.get(grindK))) {{\n",
                args(&class.constructor, "grindC")
            );
            for m in &class.methods {
                let call = format!(
                    "grindObj.{}({})",
                    method_name(driver, class, m),
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
        Driver::Python | Driver::JavaScript => {
            let types = |list: &[Param]| {
                let quoted: Vec<String> = list.iter().map(|p| format!("\"{}\"", p.ty)).collect();
                format!("[{}]", quoted.join(", "))
            };
            let result = |m: &Method, none: &str| {
                m.result().map_or(none.to_string(), |t| format!("\"{t}\""))
            };
            if driver == Driver::Python {
                let methods: Vec<String> = class
                    .methods
                    .iter()
                    .map(|m| {
                        format!(
                            "\"{}\": ({}, {})",
                            m.name.0,
                            types(&m.params),
                            result(m, "None")
                        )
                    })
                    .collect();
                format!(
                    "\nif __name__ == \"__main__\":\n    grind_solution = os.path.join(os.path.dirname(os.path.abspath(__file__)), \"solution.py\")\n    grind_serve(lambda: grind_design(\"{name}\", {}, {{{}}}, grind_solution), grind_solution)\n",
                    types(&class.constructor),
                    methods.join(", ")
                )
            } else {
                let methods: Vec<String> = class
                    .methods
                    .iter()
                    .map(|m| {
                        format!(
                            "\"{}\": [\"{}\", {}, {}]",
                            m.name.0,
                            method_name(driver, class, m),
                            types(&m.params),
                            result(m, "null")
                        )
                    })
                    .collect();
                format!(
                    "\ngrindDesign('{name}', {}, {{{}}}, require('path').join(__dirname, 'solution.js'));\n",
                    types(&class.constructor),
                    methods.join(", ")
                )
            }
        }
    }
}

/// A call's arguments: each parameter converted from its element of the parsed arguments.
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

/// C: reads each parameter from the operation's arguments; the code and call arguments.
fn c_reads(list: &[Param]) -> (String, Vec<String>) {
    let mut code = String::new();
    let mut args = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let (read, passed) = c_read(&format!("grind_a{i}"), p.ty, "grind_arg()");
        code.push_str(&format!("            {read}\n"));
        args.extend(passed);
    }
    (code, args)
}

/// C++: reads each parameter in turn (one statement each, so in order).
fn cpp_reads(list: &[Param]) -> (String, String) {
    let code = list
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "            auto grind_a{i} = grind_calls.arg<{}>();\n",
                type_name(Driver::Cpp, p.ty)
            )
        })
        .collect();
    (code, super::arg_list("grind_a", list.len()))
}

/// Rust: reads each parameter in turn.
fn rust_reads(list: &[Param]) -> (String, String) {
    let code = list
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "                let grind_a{i}: {} = grind_calls.arg();\n",
                rust_full_type(p.ty)
            )
        })
        .collect();
    (code, super::arg_list("grind_a", list.len()))
}
