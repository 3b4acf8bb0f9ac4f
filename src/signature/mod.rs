//! Function-signature problems: the `signature:` of problem.yaml, the canonical test
//! encoding (one JSON value per parameter, one per line), validating test inputs
//! against the parameter types. Results are compared in `checking::json`.

use serde::Deserialize;
use serde_json::Value;
use std::fmt;

mod class;
pub use class::{Class, ClassName, Method};

/// The scalar or node type at the bottom of a parameter type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Int,
    Long,
    Double,
    Bool,
    Str,
    Char,
    ListNode,
    TreeNode,
}

/// A parameter or return type: a base and 0, 1 or 2 array dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Type {
    pub base: Base,
    pub dims: u8,
}

const BASES: [(&str, Base); 8] = [
    ("int", Base::Int),
    ("long", Base::Long),
    ("double", Base::Double),
    ("bool", Base::Bool),
    ("string", Base::Str),
    ("char", Base::Char),
    ("ListNode", Base::ListNode),
    ("TreeNode", Base::TreeNode),
];

pub const TYPE_NAMES: &str = "int, long, double, bool, string, char, T[] and T[][] of those, ListNode, TreeNode, ListNode[], TreeNode[]";

impl Base {
    pub fn name(self) -> &'static str {
        BASES
            .iter()
            .find(|(_, b)| *b == self)
            .map_or("?", |(n, _)| n)
    }

    pub fn is_node(self) -> bool {
        matches!(self, Base::ListNode | Base::TreeNode)
    }
}

impl std::str::FromStr for Type {
    type Err = String;

    fn from_str(text: &str) -> Result<Type, String> {
        let trimmed = text.trim();
        let base_name = trimmed.trim_end_matches("[]");
        let dims = (trimmed.len() - base_name.len()) / 2;
        let unknown = || format!("unknown type in `{text}`; use one of {TYPE_NAMES}");
        let base = BASES
            .iter()
            .find(|(n, _)| *n == base_name)
            .map(|(_, b)| *b)
            .ok_or_else(unknown)?;
        if dims > 2 || (base.is_node() && dims > 1) {
            return Err(unknown());
        }
        Ok(Type {
            base,
            dims: dims as u8,
        })
    }
}

impl<'de> Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", self.base.name(), "[]".repeat(self.dims as usize))
    }
}

impl Type {
    /// The same type with one array dimension less.
    pub fn element(self) -> Type {
        Type {
            base: self.base,
            dims: self.dims.saturating_sub(1),
        }
    }
}

/// A snake_case identifier, turned into each language's convention by the drivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(pub String);

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let ok = text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !text.ends_with('_')
            && !text.contains("__");
        if !ok {
            return Err(serde::de::Error::custom(format!(
                "invalid name in `{text}`; use snake_case: lowercase letters, digits and single underscores, starting with a letter"
            )));
        }
        if RESERVED.contains(&text.as_str()) || text.starts_with("grind") {
            return Err(serde::de::Error::custom(format!(
                "reserved name in `{text}`; it is a keyword or a driver name in one of the languages, choose another"
            )));
        }
        Ok(Name(text))
    }
}

/// Keywords and driver names of the 7 languages that a snake_case name could hit.
const RESERVED: &[&str] = &[
    "abstract",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "bool",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "def",
    "default",
    "del",
    "delete",
    "do",
    "double",
    "elif",
    "else",
    "enum",
    "except",
    "export",
    "extends",
    "extern",
    "false",
    "final",
    "finally",
    "float",
    "fn",
    "for",
    "from",
    "func",
    "function",
    "global",
    "go",
    "goto",
    "if",
    "impl",
    "import",
    "in",
    "instanceof",
    "int",
    "interface",
    "is",
    "lambda",
    "let",
    "long",
    "loop",
    "main",
    "map",
    "match",
    "mod",
    "move",
    "mut",
    "new",
    "nil",
    "none",
    "nonlocal",
    "not",
    "null",
    "or",
    "package",
    "pass",
    "private",
    "protected",
    "pub",
    "public",
    "raise",
    "range",
    "ref",
    "return",
    "select",
    "self",
    "short",
    "signed",
    "sizeof",
    "static",
    "string",
    "struct",
    "super",
    "switch",
    "this",
    "throw",
    "throws",
    "trait",
    "true",
    "try",
    "type",
    "typedef",
    "typeof",
    "union",
    "unsigned",
    "use",
    "var",
    "void",
    "where",
    "while",
    "with",
    "yield",
    "solution",
    "list",
    "len",
    "std",
    "vector",
];

impl Name {
    pub fn snake(&self) -> String {
        self.0.clone()
    }

    /// `get_value` → `GetValue`: Go's exported methods.
    pub fn pascal(&self) -> String {
        let camel = self.camel();
        let mut chars = camel.chars();
        match chars.next() {
            Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
            None => String::new(),
        }
    }

    pub fn camel(&self) -> String {
        let mut out = String::new();
        for (i, word) in self.0.split('_').enumerate() {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                if i == 0 {
                    out.push(first);
                } else {
                    out.push(first.to_ascii_uppercase());
                }
                out.extend(chars);
            }
        }
        out
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: Name,
    #[serde(rename = "type")]
    pub ty: Type,
}

/// `signature:` in problem.yaml: a function to complete, or a class to design.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawSignature")]
pub enum Signature {
    Function(Function),
    Class(Class),
}

/// A function the candidate completes.
#[derive(Debug, Clone)]
pub struct Function {
    pub function: Name,
    pub params: Vec<Param>,
    /// The type of what is checked: the return value, or for a `void` function the
    /// parameter it modifies.
    pub returns: Type,
    /// A `void` function's parameter (index) changed in place; its value after the
    /// call is the result.
    pub modifies: Option<usize>,
}

/// `returns:` as written: a type, or `void` (a function that changes a parameter, or
/// a method that returns nothing).
#[derive(Debug, Clone, Copy)]
pub enum Returns {
    Value(Type),
    Void,
}

impl<'de> Deserialize<'de> for Returns {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim() == "void" {
            return Ok(Returns::Void);
        }
        text.parse().map(Returns::Value).map_err(|e: String| {
            serde::de::Error::custom(format!("{e}, or void (with `modifies: PARAM`)"))
        })
    }
}

/// Both shapes' fields; which ones are present decides the shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignature {
    function: Option<Name>,
    params: Option<Vec<Param>>,
    returns: Option<Returns>,
    modifies: Option<Name>,
    class: Option<ClassName>,
    constructor: Option<Vec<Param>>,
    methods: Option<Vec<Method>>,
}

impl TryFrom<RawSignature> for Signature {
    type Error = String;

    fn try_from(raw: RawSignature) -> Result<Signature, String> {
        match (raw.function, raw.class) {
            (Some(function), None) => {
                if raw.constructor.is_some() || raw.methods.is_some() {
                    return Err("a function has no `constructor` or `methods` (those are for `class:`)".into());
                }
                let (Some(params), Some(returns)) = (raw.params, raw.returns) else {
                    return Err(format!(
                        "incomplete in `function: {}`: a function needs `params` and `returns`",
                        function.0
                    ));
                };
                Function::new(function, params, returns, raw.modifies).map(Signature::Function)
            }
            (None, Some(name)) => {
                if raw.params.is_some() || raw.returns.is_some() || raw.modifies.is_some() {
                    return Err(format!(
                        "unexpected in `class: {}`: a class has `constructor` and `methods`, not `params`, `returns` or `modifies`",
                        name.0
                    ));
                }
                Class::new(name, raw.constructor.unwrap_or_default(), raw.methods.unwrap_or_default())
                    .map(Signature::Class)
            }
            (Some(_), Some(_)) => Err("a signature is either `function:` or `class:`, not both".into()),
            (None, None) => Err(
                "a signature needs `function:` (a function to complete) or `class:` (a class to design)".into(),
            ),
        }
    }
}

impl Function {
    fn new(
        function: Name,
        params: Vec<Param>,
        returns: Returns,
        modifies: Option<Name>,
    ) -> Result<Function, String> {
        let names = || {
            params
                .iter()
                .map(|p| p.name.0.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (returns, modifies) = match (returns, &modifies) {
            (Returns::Value(ty), None) => (ty, None),
            (Returns::Value(_), Some(m)) => {
                return Err(format!(
                    "unexpected in `modifies: {}`: only a function that returns void changes a parameter; remove it, or write `returns: void`",
                    m.0
                ));
            }
            (Returns::Void, None) => {
                return Err(format!(
                    "nothing to check in `returns: void`: add `modifies: PARAM`, the parameter the function changes in place (one of: {})",
                    names()
                ));
            }
            (Returns::Void, Some(m)) => {
                let Some(i) = params.iter().position(|p| p.name == *m) else {
                    return Err(format!(
                        "no such parameter in `modifies: {}`; the parameters are: {}",
                        m.0,
                        names()
                    ));
                };
                let ty = params[i].ty;
                if ty.dims == 0 && !ty.base.is_node() {
                    return Err(format!(
                        "not changeable in `modifies: {}`: a {ty} cannot be changed for the caller; only arrays, ListNode and TreeNode are changed in place",
                        m.0
                    ));
                }
                (ty, Some(i))
            }
        };
        Ok(Function {
            function,
            params,
            returns,
            modifies,
        })
    }
}

/// A line with this in a solution of a signature problem makes it a full program
/// that reads the JSON lines from stdin (`grind new PROBLEM --mode stdin` writes it).
pub const STDIN_MARKER: &str = "grind: stdin";

/// The signature `code` is built against: the problem's, unless the file says it is a
/// full program.
pub fn mode_for<'a>(signature: Option<&'a Signature>, code: &str) -> Option<&'a Signature> {
    signature.filter(|_| !code.contains(STDIN_MARKER))
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Signature::Function(function) => function.fmt(f),
            Signature::Class(class) => class.fmt(f),
        }
    }
}

impl Signature {
    /// Checks that a test input is a valid encoding of the signature's arguments.
    pub fn check_input(&self, text: &str) -> Result<(), InputError> {
        match self {
            Signature::Function(function) => function.check_input(text),
            Signature::Class(class) => class.check_input(text),
        }
    }

    /// Checks that an answer file holds one valid result.
    pub fn check_answer(&self, text: &str) -> Result<(), String> {
        match self {
            Signature::Function(function) => function.check_answer(text),
            Signature::Class(class) => class.check_answer(text),
        }
    }

    /// What each line of a test input holds, by name.
    pub fn input_names(&self) -> Vec<String> {
        match self {
            Signature::Function(function) => {
                function.params.iter().map(|p| p.name.0.clone()).collect()
            }
            Signature::Class(_) => vec!["operations".into(), "arguments".into()],
        }
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let params: Vec<String> = self
            .params
            .iter()
            .map(|p| format!("{}: {}", p.name.0, p.ty))
            .collect();
        write!(f, "{}({}) -> ", self.function.0, params.join(", "))?;
        match self.modifies {
            Some(i) => write!(f, "void, changes {} in place", self.params[i].name.0),
            None => write!(f, "{}", self.returns),
        }
    }
}

/// A test input that does not match the signature: an internal error of the problem.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// 1-based line of the input file.
    pub line: usize,
    pub param: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "line {} (parameter `{}`): {}",
            self.line, self.param, self.message
        )
    }
}

/// The lines of a test input, without the final newline.
fn input_lines(text: &str) -> Vec<&str> {
    if text.trim().is_empty() {
        return vec![];
    }
    text.trim_end_matches(['\n', '\r', ' '])
        .split('\n')
        .map(|l| l.trim_end_matches('\r'))
        .collect()
}

impl Function {
    /// Checks that `text` holds one JSON value of the right type per parameter.
    pub fn check_input(&self, text: &str) -> Result<(), InputError> {
        let lines = input_lines(text);
        if lines.len() != self.params.len() {
            let (line, param) = match self.params.get(lines.len()) {
                Some(p) => (lines.len() + 1, p.name.0.clone()),
                None => (self.params.len() + 1, "none: an extra line".into()),
            };
            return Err(InputError {
                line,
                param,
                message: format!(
                    "the input has {} line(s) but the signature has {} parameter(s); write one JSON value per parameter, one per line",
                    lines.len(),
                    self.params.len()
                ),
            });
        }
        for (i, (line, param)) in lines.iter().zip(&self.params).enumerate() {
            let fail = |message: String| InputError {
                line: i + 1,
                param: param.name.0.clone(),
                message,
            };
            let value: Value =
                serde_json::from_str(line).map_err(|e| fail(format!("not JSON: {e}")))?;
            fits(&value, param.ty).map_err(|m| fail(format!("not a {}: {m}", param.ty)))?;
        }
        Ok(())
    }

    /// Checks that an answer file holds one value of the return type.
    pub fn check_answer(&self, text: &str) -> Result<(), String> {
        let value: Value =
            serde_json::from_str(text.trim()).map_err(|e| format!("not JSON: {e}"))?;
        fits(&value, self.returns).map_err(|m| format!("not a {}: {m}", self.returns))
    }
}

/// A list or tree node holds an int.
const NODE_VALUE: Type = Type {
    base: Base::Int,
    dims: 0,
};

/// Whether `value` is a valid encoding of `ty`; the error says what is wrong and where.
pub fn fits(value: &Value, ty: Type) -> Result<(), String> {
    let at = |i: usize, e: String| {
        if e.starts_with('[') {
            format!("[{i}]{e}")
        } else {
            format!("[{i}]: {e}")
        }
    };
    if ty.dims > 0 {
        let items = value
            .as_array()
            .ok_or_else(|| format!("expected an array, found {}", kind(value)))?;
        for (i, item) in items.iter().enumerate() {
            fits(item, ty.element()).map_err(|e| at(i, e))?;
        }
        return Ok(());
    }
    let int_in = |lo: i64, hi: i64| match value.as_i64() {
        Some(n) if (lo..=hi).contains(&n) => Ok(()),
        Some(n) => Err(format!("{n} is out of range [{lo}, {hi}]")),
        None if value.is_u64() => Err(format!("{value} is out of range [{lo}, {hi}]")),
        None => Err(format!("expected an integer, found {}", kind(value))),
    };
    match ty.base {
        Base::Int => int_in(i32::MIN.into(), i32::MAX.into()),
        Base::Long => int_in(i64::MIN, i64::MAX),
        Base::Double if value.is_number() => Ok(()),
        Base::Double => Err(format!("expected a number, found {}", kind(value))),
        Base::Bool if value.is_boolean() => Ok(()),
        Base::Bool => Err(format!("expected true or false, found {}", kind(value))),
        Base::Str if value.is_string() => Ok(()),
        Base::Str => Err(format!("expected a string, found {}", kind(value))),
        Base::Char => match value.as_str() {
            Some(s) if s.len() == 1 && s.is_ascii() => Ok(()),
            Some(s) => Err(format!(
                "{s:?} is not one ASCII character; a char is a string like \"a\""
            )),
            None => Err(format!(
                "expected a one-character string, found {}",
                kind(value)
            )),
        },
        Base::ListNode => {
            let items = value.as_array().ok_or_else(|| {
                format!(
                    "expected an array of the list's values, found {}",
                    kind(value)
                )
            })?;
            for (i, item) in items.iter().enumerate() {
                fits(item, NODE_VALUE).map_err(|e| at(i, e))?;
            }
            Ok(())
        }
        Base::TreeNode => {
            let items = value.as_array().ok_or_else(|| {
                format!(
                    "expected the tree in level order (an array of values and nulls), found {}",
                    kind(value)
                )
            })?;
            if items.first().is_some_and(Value::is_null) {
                return Err("the root is null; an empty tree is []".into());
            }
            for (i, item) in items.iter().enumerate() {
                if !item.is_null() {
                    fits(item, NODE_VALUE).map_err(|e| at(i, e))?;
                }
            }
            tree_fits(items)
        }
    }
}

/// Every non-null value after the root must have a parent that is not null.
fn tree_fits(items: &[Value]) -> Result<(), String> {
    // Level order: each present node consumes the next two slots as its children.
    let mut present = usize::from(!items.is_empty());
    let mut slot = 1;
    let mut i = 0;
    while slot < items.len() {
        if i >= present {
            return Err(format!(
                "[{slot}] has no parent: every node above it is null"
            ));
        }
        for _ in 0..2 {
            if slot < items.len() && !items[slot].is_null() {
                present += 1;
            }
            slot += 1;
        }
        i += 1;
    }
    Ok(())
}

fn kind(value: &Value) -> String {
    let text = value.to_string();
    let short: String = text.chars().take(30).collect();
    let more = if text.chars().count() > 30 { "…" } else { "" };
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => format!("the bool {short}"),
        Value::Number(_) => format!("the number {short}"),
        Value::String(_) => format!("the string {short}{more}"),
        Value::Array(_) => format!("the array {short}{more}"),
        Value::Object(_) => format!("the object {short}{more}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(params: &[&str], returns: &str) -> Function {
        Function {
            function: Name("f".into()),
            params: params
                .iter()
                .enumerate()
                .map(|(i, t)| Param {
                    name: Name(format!("p{i}")),
                    ty: t.parse().unwrap(),
                })
                .collect(),
            returns: returns.parse().unwrap(),
            modifies: None,
        }
    }

    #[test]
    fn types_parse_and_reject() {
        assert_eq!("int[][]".parse::<Type>().unwrap().dims, 2);
        assert_eq!("TreeNode".parse::<Type>().unwrap().base, Base::TreeNode);
        assert_eq!("ListNode[]".parse::<Type>().unwrap().dims, 1);
        for bad in ["integer", "int[][][]", "ListNode[][]", "Int", ""] {
            assert!(bad.parse::<Type>().is_err(), "{bad}");
        }
    }

    #[test]
    fn names_convert() {
        let n = Name("two_sum_2".into());
        assert_eq!(n.camel(), "twoSum2");
        assert_eq!(n.snake(), "two_sum_2");
    }

    #[test]
    fn inputs_are_checked_by_type_and_count() {
        let s = sig(&["int[]", "int"], "int[]");
        assert!(s.check_input("[1,2,3]\n9\n").is_ok());
        let e = s.check_input("[1,2,3]\n").unwrap_err();
        assert_eq!((e.line, e.param.as_str()), (2, "p1"));
        let e = s.check_input("[1,2,3]\n3000000000\n").unwrap_err();
        assert!(e.message.contains("out of range"), "{e}");
        let e = s.check_input("[1,2,x]\n1\n").unwrap_err();
        assert!(e.message.contains("not JSON"), "{e}");
        let e = s.check_input("[1,\"2\"]\n1\n").unwrap_err();
        assert!(e.message.contains("[1]"), "{e}");
        let t = sig(&["TreeNode", "char"], "bool");
        assert!(t.check_input("[1,null,2,3]\n\"a\"\n").is_ok());
        assert!(t.check_input("[1,null,null,3]\n\"a\"\n").is_err());
        assert!(t.check_input("[1]\n\"ab\"\n").is_err());
    }
}
