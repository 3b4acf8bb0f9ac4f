//! Reading YAML files into typed values, with errors that point at file:line:column.

use crate::error::{Error, Location, Result, suggest};
use serde::de::DeserializeOwned;
use std::path::Path;

/// YAML files grind reads are hand-written: deeper nesting is a mistake (and the
/// parser's time grows with the square of the depth), larger files are not YAML we want.
const MAX_DEPTH: usize = 64;
const MAX_BYTES: usize = 64 << 20;

/// Reads and parses `path`; `what` names the file in errors ("problem.yaml").
pub fn load<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T> {
    parse(&read(path, what)?, path, what)
}

/// Reads `path` as text; invalid UTF-8 is pointed at.
pub fn read(path: &Path, what: &str) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..at]);
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            Err(Error::new(format!(
                "invalid {what}: not UTF-8 text (byte {at} is not valid UTF-8)"
            ))
            .at(Location::new(path, line, column, None))
            .help("save the file as UTF-8"))
        }
    }
}

/// Parses `text` as read from `path`.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, what: &str) -> Result<T> {
    if text.len() > MAX_BYTES {
        return Err(Error::new(format!(
            "invalid {what}: {} MiB is too large (at most {} MiB)",
            text.len() >> 20,
            MAX_BYTES >> 20
        ))
        .at(Location::new(path, 1, 1, None)));
    }
    if let Some((line, column)) = too_deep(text) {
        return Err(Error::new(format!(
            "invalid {what}: nested deeper than {MAX_DEPTH} levels of [ and {{"
        ))
        .at(Location::new(path, line, column, Some(text))));
    }
    serde_yaml::from_str(text).map_err(|e| describe(&e, text, path, what))
}

/// Where flow collections (`[`, `{`) first nest deeper than `MAX_DEPTH`, outside
/// quoted strings and comments. Block nesting is bounded by indentation and line count.
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, line) in text.lines().enumerate() {
        let mut quote = None;
        for (c, ch) in line.char_indices() {
            match (quote, ch) {
                (Some(q), _) if ch == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(ch),
                (None, '#') if c == 0 || line[..c].ends_with([' ', '\t']) => break,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((i + 1, c + 1));
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
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
    // serde_yaml marks a duplicate at the mapping's start: point at the duplicate.
    if let (Some(key), Some((line, _))) = (duplicate_key(&message), place)
        && let Some(at) = second_key(text, line, &key)
    {
        place = Some(at);
    }
    let tab = place.is_some_and(|(line, column)| {
        text.lines()
            .nth(line.saturating_sub(1))
            .and_then(|l| l.as_bytes().get(column.saturating_sub(1)))
            == Some(&b'\t')
    });
    let mut error = Error::new(format!("invalid {what}: {message}"));
    if tab {
        error = error.help("YAML does not allow tabs for indentation: indent with spaces");
    }
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

/// The key of "duplicate field `x`" / "duplicate entry with key \"x\"" messages.
fn duplicate_key(message: &str) -> Option<String> {
    let rest = &message[message.find("duplicate field `")? + 17..];
    Some(rest[..rest.find('`')?].to_string())
}

/// The second line at or after `line` that starts a `key:` entry, at the indentation
/// of the first.
fn second_key(text: &str, line: usize, key: &str) -> Option<(usize, usize)> {
    let mut first_indent = None;
    for (i, l) in text.lines().enumerate().skip(line.saturating_sub(1)) {
        let trimmed = l.trim_start();
        let indent = l.len() - trimmed.len();
        let is_key = trimmed
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'));
        if !is_key {
            continue;
        }
        match first_indent {
            None => first_indent = Some(indent),
            Some(first) if first == indent => return Some((i + 1, indent + 1)),
            Some(_) => {}
        }
    }
    None
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
    fn nesting_and_duplicates_and_tabs_are_pointed_at() {
        let deep = format!("tags: {}\n", "[".repeat(100_000));
        let err = parse::<serde_yaml::Value>(&deep, Path::new("p.yaml"), "p.yaml").unwrap_err();
        assert!(
            err.message.contains("nested deeper than 64"),
            "{}",
            err.message
        );
        let ok = format!(
            "a: {}{}\nb: \"[[[[\" # {}\n",
            "[".repeat(60),
            "]".repeat(60),
            "[".repeat(99)
        );
        assert!(parse::<serde_yaml::Value>(&ok, Path::new("p.yaml"), "p.yaml").is_ok());
        #[derive(serde::Deserialize, Debug)]
        struct T {
            #[allow(dead_code)]
            title: String,
        }
        let err = parse::<T>("title: A\ntitle: B\n", Path::new("p.yaml"), "p.yaml").unwrap_err();
        let loc = err.location.unwrap();
        assert_eq!((loc.line, loc.column), (2, 1), "{}", err.message);
        let err =
            parse::<serde_yaml::Value>("a:\n\tb: 1\n", Path::new("p.yaml"), "p.yaml").unwrap_err();
        assert!(err.help.iter().any(|h| h.contains("tabs")), "{err:?}");
    }

    #[test]
    fn hint_for_misspelt_field() {
        let msg = "limits: unknown field `memroy`, expected `time` or `memory`";
        assert_eq!(unknown_field_hint(msg).unwrap(), "did you mean `memory`?");
    }
}
