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
    let mut message = message;
    let mut place = err.location().map(|m| (m.line(), m.column()));
    // serde_yaml marks a bad value at its key or its enclosing mapping; when the message
    // quotes the value (as the unit parsers do), point at the value and name its key.
    if let (Some((line, column)), Some(value)) = (place, quoted_value(&message))
        && let Some((l, c)) = find_after(text, line, column, &value)
    {
        place = Some((l, c));
        if let (Some(key), Some(colon)) = (key_before(text, l, c), message.find(": "))
            && !message[..colon].ends_with(&key)
            && !message[..colon].contains(' ')
        {
            message = format!("{}.{key}{}", &message[..colon], &message[colon..]);
        }
    }
    let mut error = Error::new(format!("invalid {what}: {message}"));
    if let Some((line, column)) = place {
        error = error.at(Location::new(path, line, column, Some(text)));
    } else if text.trim().is_empty() {
        error = error.help(format!(
            "{what} is empty; see README for the fields it must have"
        ));
    }
    if let Some(hint) = unknown_field_hint(&message) {
        error = error.help(hint);
    }
    error
}

/// The text of "… in `VALUE`; …" messages.
fn quoted_value(message: &str) -> Option<String> {
    let rest = &message[message.find(" in `")? + 5..];
    Some(rest[..rest.find('`')?].to_string())
}

/// Line and column of the first `needle` at or after (line, column).
fn find_after(text: &str, line: usize, column: usize, needle: &str) -> Option<(usize, usize)> {
    for (i, l) in text.lines().enumerate().skip(line.saturating_sub(1)) {
        let from = if i + 1 == line {
            column.saturating_sub(1).min(l.len())
        } else {
            0
        };
        if let Some(c) = l.get(from..).and_then(|rest| rest.find(needle)) {
            return Some((i + 1, from + c + 1));
        }
    }
    None
}

/// The mapping key written just before (line, column): `time` in `{time: 1 parsec}`.
fn key_before(text: &str, line: usize, column: usize) -> Option<String> {
    let l = text.lines().nth(line - 1)?;
    let before = l.get(..column - 1)?.trim_end().strip_suffix(':')?;
    let key: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    (!key.is_empty()).then(|| key.chars().rev().collect())
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
    fn bad_value_is_pointed_at_with_its_key() {
        #[derive(serde::Deserialize, Debug)]
        struct L {
            #[allow(dead_code)]
            time: crate::units::Dur,
        }
        #[derive(serde::Deserialize, Debug)]
        struct M {
            #[allow(dead_code)]
            limits: L,
        }
        let text = "limits: {time: 1 parsec}\n";
        let err = parse::<M>(text, Path::new("p.yaml"), "p.yaml").unwrap_err();
        assert!(
            err.message
                .starts_with("invalid p.yaml: limits.time: unknown time unit"),
            "{}",
            err.message
        );
        let loc = err.location.unwrap();
        assert_eq!((loc.line, loc.column), (1, 16));
    }

    #[test]
    fn hint_for_misspelt_field() {
        let msg = "limits: unknown field `memroy`, expected `time` or `memory`";
        assert_eq!(unknown_field_hint(msg).unwrap(), "did you mean `memory`?");
    }
}
