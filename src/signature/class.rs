//! Design problems (LeetCode's "implement the class"): a class with a constructor and
//! methods. A test is two lines, the operations and their arguments:
//! `["Counter","add","total"]` and `[[5],[2],[]]`; the answer is every call's result,
//! `null` for the constructor and for methods that return nothing: `[null,null,7]`.

use super::{InputError, Name, Param, Returns, Type, fits, input_lines};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// A class name: PascalCase, the same in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassName(pub String);

impl<'de> Deserialize<'de> for ClassName {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let ok = text.starts_with(|c: char| c.is_ascii_uppercase())
            && text.chars().all(|c| c.is_ascii_alphanumeric());
        if !ok {
            return Err(serde::de::Error::custom(format!(
                "invalid class name in `{text}`; use PascalCase: letters and digits, starting with a capital"
            )));
        }
        const TAKEN: [&str; 8] = [
            "Solution", "ListNode", "TreeNode", "Main", "Object", "String", "List", "Map",
        ];
        if TAKEN.contains(&text.as_str()) || text.starts_with("Grind") {
            return Err(serde::de::Error::custom(format!(
                "reserved class name in `{text}`; a language or the driver uses it, choose another"
            )));
        }
        Ok(ClassName(text))
    }
}

impl ClassName {
    /// `LruCache` → `lruCache`: the prefix of C's functions (`lruCacheGet`).
    pub fn lower_first(&self) -> String {
        let mut chars = self.0.chars();
        match chars.next() {
            Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
            None => String::new(),
        }
    }
}

/// One method: its name, parameters and result (`void`: nothing, `null` in answers).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub name: Name,
    #[serde(default)]
    pub params: Vec<Param>,
    pub returns: Returns,
}

impl Method {
    /// The result type; `None` for a method that returns nothing.
    pub fn result(&self) -> Option<Type> {
        match self.returns {
            Returns::Value(ty) => Some(ty),
            Returns::Void => None,
        }
    }
}

/// A class the candidate designs.
#[derive(Debug, Clone)]
pub struct Class {
    pub name: ClassName,
    pub constructor: Vec<Param>,
    pub methods: Vec<Method>,
}

/// Method names that clash with a language's constructor or C's create/free functions.
const NOT_METHODS: [&str; 4] = ["create", "free", "constructor", "init"];

impl Class {
    pub(super) fn new(
        name: ClassName,
        constructor: Vec<Param>,
        methods: Vec<Method>,
    ) -> Result<Class, String> {
        if methods.is_empty() {
            return Err(format!(
                "no methods in `class: {}`; add `methods: [{{name, params, returns}}]`",
                name.0
            ));
        }
        for (i, m) in methods.iter().enumerate() {
            if NOT_METHODS.contains(&m.name.0.as_str()) {
                return Err(format!(
                    "reserved method name in `name: {}`; it clashes with a constructor or C's create/free functions",
                    m.name.0
                ));
            }
            if methods[..i].iter().any(|o| o.name == m.name) {
                return Err(format!(
                    "a second method in `name: {}`; overloads are not supported, give it another name",
                    m.name.0
                ));
            }
        }
        Ok(Class {
            name,
            constructor,
            methods,
        })
    }

    pub fn method(&self, name: &str) -> Option<&Method> {
        self.methods.iter().find(|m| m.name.0 == name)
    }

    fn method_names(&self) -> String {
        self.methods
            .iter()
            .map(|m| m.name.0.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Checks the two lines: operations naming the class then its methods, and for each
    /// one an array of arguments of the right count and types.
    pub fn check_input(&self, text: &str) -> Result<(), InputError> {
        let lines = input_lines(text);
        let fail = |line: usize, param: &str, message: String| InputError {
            line,
            param: param.into(),
            message,
        };
        if lines.len() != 2 {
            let (line, param) = match lines.len() {
                0 => (1, "operations"),
                1 => (2, "arguments"),
                _ => (3, "none: an extra line"),
            };
            return Err(fail(
                line,
                param,
                format!(
                    "the input has {} line(s); a class test has two: the operations, e.g. [\"{}\",\"{}\"], and their arguments, one array per operation",
                    lines.len(),
                    self.name.0,
                    self.methods[0].name.0
                ),
            ));
        }
        let parse = |line: usize, param: &str| -> Result<Vec<Value>, InputError> {
            let value: Value = serde_json::from_str(lines[line - 1])
                .map_err(|e| fail(line, param, format!("not JSON: {e}")))?;
            match value {
                Value::Array(items) => Ok(items),
                other => Err(fail(
                    line,
                    param,
                    format!("expected an array, found {other}"),
                )),
            }
        };
        let ops = parse(1, "operations")?;
        let args = parse(2, "arguments")?;
        let op_fail =
            |i: usize, message: String| fail(1, "operations", format!("[{i}]: {message}"));
        match ops.first().and_then(Value::as_str) {
            Some(first) if first == self.name.0 => {}
            _ => {
                return Err(op_fail(
                    0,
                    format!(
                        "the first operation constructs the class: \"{}\"",
                        self.name.0
                    ),
                ));
            }
        }
        if args.len() != ops.len() {
            return Err(fail(
                2,
                "arguments",
                format!(
                    "{} argument arrays for {} operations; give one per operation",
                    args.len(),
                    ops.len()
                ),
            ));
        }
        for (i, (op, arg)) in ops.iter().zip(&args).enumerate() {
            let params = if i == 0 {
                &self.constructor
            } else {
                let name = op
                    .as_str()
                    .ok_or_else(|| op_fail(i, format!("expected a method name, found {op}")))?;
                &self
                    .method(name)
                    .ok_or_else(|| {
                        op_fail(
                            i,
                            format!(
                                "`{name}` is not a method of {}; the methods are: {}",
                                self.name.0,
                                self.method_names()
                            ),
                        )
                    })?
                    .params
            };
            let arg_fail = |message: String| fail(2, "arguments", format!("[{i}]: {message}"));
            let values = arg
                .as_array()
                .ok_or_else(|| arg_fail(format!("expected an array of arguments, found {arg}")))?;
            if values.len() != params.len() {
                return Err(arg_fail(format!(
                    "{} argument(s) for {op}, which takes {}",
                    values.len(),
                    params.len()
                )));
            }
            for (value, param) in values.iter().zip(params) {
                fits(value, param.ty).map_err(|m| {
                    arg_fail(format!("`{}` is not a {}: {m}", param.name.0, param.ty))
                })?;
            }
        }
        Ok(())
    }

    /// A wrong result of a class test said by the call that made it:
    /// `call 3, get("theme", 8): expected "f", found "j"`. `None` when the difference
    /// is not inside one call's result (a missing or extra result).
    pub fn describe(&self, input: &str, at: &str, expected: &str, found: &str) -> Option<String> {
        let path = at.strip_prefix('[')?;
        let (index, rest) = path.split_once(']')?;
        let index: usize = index.parse().ok()?;
        let lines = input_lines(input);
        let ops: Vec<Value> = serde_json::from_str(lines.first()?).ok()?;
        let args: Vec<Vec<Value>> = serde_json::from_str(lines.get(1)?).ok()?;
        let args: Vec<String> = args.get(index)?.iter().map(Value::to_string).collect();
        let call = crate::visible::fit(
            &format!("{}({})", ops.get(index)?.as_str()?, args.join(", ")),
            80,
        );
        let within = if rest.is_empty() {
            String::new()
        } else {
            format!(", at {rest}")
        };
        Some(format!(
            "call {index}, {call}{within}: expected {expected}, found {found}"
        ))
    }

    /// An answer is one result per operation: a JSON array.
    pub fn check_answer(&self, text: &str) -> Result<(), String> {
        match serde_json::from_str(text.trim()) {
            Ok(Value::Array(_)) => Ok(()),
            Ok(other) => Err(format!(
                "expected an array of the calls' results, found {other}"
            )),
            Err(e) => Err(format!("not JSON: {e}")),
        }
    }
}

fn params(list: &[Param]) -> String {
    list.iter()
        .map(|p| format!("{}: {}", p.name.0, p.ty))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "class {}({})", self.name.0, params(&self.constructor))?;
        for m in &self.methods {
            let ret = m.result().map_or("void".to_string(), |t| t.to_string());
            write!(f, "; {}({}) -> {ret}", m.name.0, params(&m.params))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::signature::Signature;

    #[test]
    fn a_wrong_result_names_its_call() {
        let sig: Signature = serde_yaml::from_str(
            "class: Store\nconstructor: []\nmethods:\n  - {name: get, params: [{name: key, type: string}, {name: at, type: int}], returns: string}\n",
        )
        .unwrap();
        let Signature::Class(class) = sig else {
            panic!("a class")
        };
        let input = "[\"Store\",\"get\",\"get\"]\n[[],[\"a\",1],[\"theme\",8]]\n";
        let at = |path: &str| class.describe(input, path, "\"f\"", "\"j\"");
        assert_eq!(
            at("[2]").as_deref(),
            Some("call 2, get(\"theme\", 8): expected \"f\", found \"j\"")
        );
        assert_eq!(
            at("[2][0]").as_deref(),
            Some("call 2, get(\"theme\", 8), at [0]: expected \"f\", found \"j\"")
        );
        // A missing result is not one call's: the generic description stays.
        assert_eq!(at(""), None);
        assert_eq!(at("[7]"), None);
    }
}
