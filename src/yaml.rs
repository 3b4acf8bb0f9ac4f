//! Reading YAML files into typed values, with errors that point at file:line:column.

use crate::error::{Error, Location, Result, suggest};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Reads and parses `path`; `what` names the file in errors ("problem.yaml").
pub fn load<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
    parse(&text, path, what)
}

/// Parses `text` as read from `path`.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, what: &str) -> Result<T> {
    serde_yaml::from_str(text).map_err(|e| describe(&e, text, path, what))
}

fn describe(err: &serde_yaml::Error, text: &str, path: &Path, what: &str) -> Error {
    let full = err.to_string();
    // serde_yaml appends " at line L column C"; the location is shown separately.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let mut error = Error::new(format!("invalid {what}: {message}"));
    if let Some(mark) = err.location() {
        error = error.at(Location::new(path, mark.line(), mark.column(), Some(text)));
    } else if text.trim().is_empty() {
        error = error.help(format!("{what} is empty; see README for the fields it must have"));
    }
    if let Some(hint) = unknown_field_hint(&message) {
        error = error.help(hint);
    }
    error
}

/// For "unknown field `x`, expected one of `a`, `b`" suggests the nearest field name.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = &message[message.find("unknown field `")? + 15..];
    let field = &rest[..rest.find('`')?];
    let expected: Vec<&str> = rest.split('`').skip(2).step_by(2).collect();
    match suggest(field, expected.iter().copied()) {
        Some(name) => Some(format!("did you mean `{name}`?")),
        None => Some(format!("the known fields are: {}", expected.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_for_misspelt_field() {
        let msg = "limits: unknown field `memroy`, expected `time` or `memory`";
        assert_eq!(unknown_field_hint(msg).unwrap(), "did you mean `memory`?");
    }
}
