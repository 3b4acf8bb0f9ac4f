//! Comparing a function's returned JSON value with the expected one.

use super::{CheckerSpec, Mismatch, float};
use serde_json::Value;

/// A number or value in one canonical spelling: integral numbers without a fraction.
pub fn canonical(value: &Value) -> String {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if !n.is_i64() && !n.is_u64() && f.fract() == 0.0 && f.abs() < 1e15 => {
                format!("{}", f as i64)
            }
            _ => n.to_string(),
        },
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", inner.join(","))
        }
        other => other.to_string(),
    }
}

/// Compares a returned JSON value with the expected one under a checker. `None` is a
/// match.
pub fn compare(spec: &CheckerSpec, output: &[u8], answer: &[u8]) -> Option<Mismatch> {
    let answer_text = String::from_utf8_lossy(answer);
    let output_text = String::from_utf8_lossy(output);
    let expected: Value = match serde_json::from_str(answer_text.trim()) {
        Ok(v) => v,
        Err(e) => {
            return Some(mismatch(
                "",
                "valid JSON",
                &format!("answer file: {e}"),
                &output_text,
                &answer_text,
            ));
        }
    };
    let found: Value = match serde_json::from_str(output_text.trim()) {
        Ok(v) => v,
        Err(_) if output_text.trim().is_empty() => {
            return Some(mismatch(
                "",
                &short(&expected),
                "no result",
                &output_text,
                &answer_text,
            ));
        }
        Err(e) => {
            return Some(mismatch(
                "",
                &short(&expected),
                &format!("not JSON ({e})"),
                &output_text,
                &answer_text,
            ));
        }
    };
    let differ = match spec {
        CheckerSpec::Unordered { .. } => unordered(&found, &expected),
        CheckerSpec::Float { abs, rel } => first_difference(
            "",
            &found,
            &expected,
            &|a, b| float::close(a, b, *abs, *rel),
            false,
        ),
        CheckerSpec::CaseInsensitive => {
            first_difference("", &found, &expected, &|a, b| a == b, true)
        }
        _ => first_difference("", &found, &expected, &|a, b| a == b, false),
    };
    differ.map(|(path, want, got)| mismatch(&path, &want, &got, &output_text, &answer_text))
}

type Diff = (String, String, String);

fn short(value: &Value) -> String {
    let text = canonical(value);
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

fn first_difference(
    path: &str,
    found: &Value,
    expected: &Value,
    numbers_match: &dyn Fn(f64, f64) -> bool,
    ignore_case: bool,
) -> Option<Diff> {
    let differ = || Some((path.to_string(), short(expected), short(found)));
    match (found, expected) {
        (Value::Array(f), Value::Array(e)) => {
            for (i, (x, y)) in f.iter().zip(e).enumerate() {
                let d = first_difference(&format!("{path}[{i}]"), x, y, numbers_match, ignore_case);
                if d.is_some() {
                    return d;
                }
            }
            if f.len() != e.len() {
                return Some((
                    path.to_string(),
                    format!("{} element(s)", e.len()),
                    format!("{} element(s)", f.len()),
                ));
            }
            None
        }
        (Value::Number(f), Value::Number(e)) => {
            let same = match (f.as_i64(), e.as_i64()) {
                (Some(a), Some(b)) => a == b || numbers_match(a as f64, b as f64),
                _ => match (f.as_f64(), e.as_f64()) {
                    (Some(a), Some(b)) => a == b || numbers_match(a, b),
                    _ => f.to_string() == e.to_string(),
                },
            };
            if same { None } else { differ() }
        }
        (Value::String(f), Value::String(e)) if ignore_case => {
            if f.eq_ignore_ascii_case(e) {
                None
            } else {
                differ()
            }
        }
        (f, e) => {
            if f == e {
                None
            } else {
                differ()
            }
        }
    }
}

/// The top-level arrays hold the same elements, in any order.
fn unordered(found: &Value, expected: &Value) -> Option<Diff> {
    let (Value::Array(f), Value::Array(e)) = (found, expected) else {
        return first_difference("", found, expected, &|a, b| a == b, false);
    };
    let mut want: std::collections::HashMap<String, usize> = Default::default();
    for item in e {
        *want.entry(canonical(item)).or_default() += 1;
    }
    for (i, item) in f.iter().enumerate() {
        let key = canonical(item);
        match want.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => {
                return Some((
                    format!("[{i}]"),
                    "an element of the expected answer (any order)".into(),
                    format!("{} (extra or repeated)", short(item)),
                ));
            }
        }
    }
    let missing = want.into_iter().find(|(_, n)| *n > 0)?;
    Some((
        String::new(),
        format!("{} among the elements", missing.0),
        "it is missing".into(),
    ))
}

/// A mismatch pointing at the first differing byte of the two one-line documents.
fn mismatch(path: &str, expected: &str, found: &str, output: &str, answer: &str) -> Mismatch {
    let column = output
        .bytes()
        .zip(answer.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| output.len().min(answer.len()))
        + 1;
    Mismatch {
        line: 1,
        column,
        expected_column: column,
        expected: expected.to_string(),
        found: found.to_string(),
        path: Some(path.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_compare_as_json() {
        let tokens = CheckerSpec::Tokens;
        assert!(compare(&tokens, b"[0, 1]\n", b"[0,1]\n").is_none());
        assert!(compare(&tokens, b"2.0", b"2").is_none());
        let m = compare(&tokens, b"[[1,2],[3,5]]", b"[[1,2],[3,4]]").unwrap();
        assert_eq!(m.path.as_deref(), Some("[1][1]"));
        assert!(
            compare(&tokens, b"", b"1")
                .unwrap()
                .found
                .contains("no result")
        );
        let unordered = CheckerSpec::Unordered { by_token: false };
        assert!(compare(&unordered, b"[[3],[1,2]]", b"[[1,2],[3]]").is_none());
        assert!(compare(&unordered, b"[[3],[3]]", b"[[1,2],[3]]").is_some());
        let float = CheckerSpec::Float {
            abs: 1e-6,
            rel: 1e-6,
        };
        assert!(compare(&float, b"[0.3333333]", b"[0.33333333333]").is_none());
        assert!(compare(&float, b"[0.34]", b"[0.33333333333]").is_some());
    }
}
