//! Built-in text checkers. They work on bytes and stream the answer file line by
//! line, so a large expected answer is never held in memory whole.

use super::{CheckerSpec, Mismatch, float};
use std::io::{BufRead, BufReader};
use std::path::Path;

/// Compares `output` with the answer file at `path` using a built-in checker. Returns
/// `Ok(None)` when accepted. `strict` makes every checker byte-exact (`grind run --strict`).
pub fn check(
    spec: &CheckerSpec,
    output: &[u8],
    path: &Path,
    strict: bool,
) -> std::io::Result<Option<Mismatch>> {
    let file = std::fs::File::open(path)?;
    let mut answer = BufReader::with_capacity(256 * 1024, file);
    let mismatch = if strict {
        exact(output, &mut answer)
    } else {
        by_spec(spec, output, &mut answer, path)
    }?;
    // Nothing printed (or only blank lines) is said so, not "found end of line".
    Ok(mismatch.map(|mut m| {
        if output.iter().all(u8::is_ascii_whitespace) {
            m.found = "no output".into();
        }
        m
    }))
}

fn by_spec(
    spec: &CheckerSpec,
    output: &[u8],
    answer: &mut BufReader<std::fs::File>,
    path: &Path,
) -> std::io::Result<Option<Mismatch>> {
    match spec {
        CheckerSpec::Exact => exact(output, answer),
        CheckerSpec::Lines => by_lines(output, answer, |a, b| (a != b).then_some((0, 0))),
        CheckerSpec::Tokens => by_lines(output, answer, |o, a| token_diff(o, a, |x, y| x == y)),
        CheckerSpec::CaseInsensitive => by_lines(output, answer, |o, a| {
            token_diff(o, a, |x, y| x.eq_ignore_ascii_case(y))
        }),
        CheckerSpec::Float { abs, rel } => by_lines(output, answer, |o, a| {
            token_diff(o, a, |x, y| floats_match(x, y, *abs, *rel))
        }),
        CheckerSpec::Unordered { by_token } => unordered(output, path, *by_token),
        CheckerSpec::Custom { .. } => unreachable!("custom checkers run as programs"),
    }
}

fn show(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text: String = text.chars().take(40).collect();
    format!("{text:?}")
}

const END: &str = "end of output";

fn trim_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .map_or(0, |i| i + 1);
    &line[..end]
}

fn exact(output: &[u8], answer: &mut impl BufRead) -> std::io::Result<Option<Mismatch>> {
    let mut expected = Vec::new();
    answer.read_to_end(&mut expected)?;
    if output == expected.as_slice() {
        return Ok(None);
    }
    let at = output
        .iter()
        .zip(&expected)
        .position(|(a, b)| a != b)
        .unwrap_or(output.len().min(expected.len()));
    let line = output[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let column = at
        - output[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    let pick = |s: &[u8]| {
        if at < s.len() {
            show(&s[at..at + 1])
        } else {
            END.to_string()
        }
    };
    Ok(Some(Mismatch {
        line,
        column,
        expected_column: column,
        expected: pick(&expected),
        found: pick(output),
        path: None,
    }))
}

/// Walks both sides line by line (trailing whitespace and trailing blank lines do not
/// count) and asks `differ` for the columns of the first difference within a line.
fn by_lines(
    output: &[u8],
    answer: &mut impl BufRead,
    differ: impl Fn(&[u8], &[u8]) -> Option<(usize, usize)>,
) -> std::io::Result<Option<Mismatch>> {
    // A final newline ends the last line; it does not start an empty one.
    let body = output.strip_suffix(b"\n").unwrap_or(output);
    let mut out_lines = body.split(|&b| b == b'\n');
    let mut buf = Vec::new();
    let mut line_no = 0;
    // Blank lines seen on one side but not yet matched; they only matter if content follows.
    let (mut pending_out, mut pending_ans) = (0usize, 0usize);
    loop {
        line_no += 1;
        buf.clear();
        let ans = if answer.read_until(b'\n', &mut buf)? > 0 {
            Some(trim_end(&buf))
        } else {
            None
        };
        let out = out_lines.next().map(trim_end);
        match (out, ans) {
            (None, None) => return Ok(None),
            (o, a) => {
                let o_blank = o.is_none_or(<[u8]>::is_empty);
                let a_blank = a.is_none_or(<[u8]>::is_empty);
                if o_blank && a_blank {
                    pending_out += usize::from(o.is_some());
                    pending_ans += usize::from(a.is_some());
                    continue;
                }
                if pending_out != pending_ans {
                    // One side had more blank lines before this content.
                    let line = line_no - pending_out.max(pending_ans);
                    let found = if pending_out > pending_ans {
                        "empty line".into()
                    } else {
                        first_token(o)
                    };
                    let expected = if pending_ans > pending_out {
                        "empty line".into()
                    } else {
                        first_token(a)
                    };
                    return Ok(Some(Mismatch {
                        line,
                        column: 1,
                        expected_column: 1,
                        expected,
                        found,
                        path: None,
                    }));
                }
                pending_out = 0;
                pending_ans = 0;
                let (o, a) = (o.unwrap_or(b""), a.unwrap_or(b""));
                if out.is_none() || ans.is_none() || differ(o, a).is_some() {
                    let (oc, ac) = differ(o, a).unwrap_or((0, 0));
                    let token = |s: &[u8], c: usize, missing: &str| {
                        let rest = &s[c.min(s.len())..];
                        let end = rest
                            .iter()
                            .position(|b| b.is_ascii_whitespace())
                            .unwrap_or(rest.len());
                        if end == 0 {
                            missing.to_string()
                        } else {
                            show(&rest[..end])
                        }
                    };
                    let found = if out.is_none() {
                        END.to_string()
                    } else {
                        token(o, oc, "end of line")
                    };
                    let expected = if ans.is_none() {
                        "end of answer".to_string()
                    } else {
                        token(a, ac, "end of line")
                    };
                    return Ok(Some(Mismatch {
                        line: line_no,
                        column: oc + 1,
                        expected_column: ac + 1,
                        expected,
                        found,
                        path: None,
                    }));
                }
            }
        }
    }
}

fn first_token(line: Option<&[u8]>) -> String {
    match line {
        None => END.to_string(),
        Some(l) => show(
            l.split(|b| b.is_ascii_whitespace())
                .find(|t| !t.is_empty())
                .unwrap_or(b""),
        ),
    }
}

/// Byte offsets of whitespace-separated tokens in a line.
fn tokens(line: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < line.len() && line[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= line.len() {
            return None;
        }
        let start = i;
        while i < line.len() && !line[i].is_ascii_whitespace() {
            i += 1;
        }
        Some((start, &line[start..i]))
    })
}

/// Columns (output, answer) of the first token that differs, if any.
fn token_diff(
    out: &[u8],
    ans: &[u8],
    same: impl Fn(&[u8], &[u8]) -> bool,
) -> Option<(usize, usize)> {
    let mut o = tokens(out);
    let mut a = tokens(ans);
    loop {
        match (o.next(), a.next()) {
            (None, None) => return None,
            (Some((oc, ot)), Some((ac, at))) => {
                if !same(ot, at) {
                    return Some((oc, ac));
                }
            }
            (Some((oc, _)), None) => return Some((oc, ans.len())),
            (None, Some((ac, _))) => return Some((out.len(), ac)),
        }
    }
}

fn floats_match(out: &[u8], ans: &[u8], abs: f64, rel: f64) -> bool {
    if out == ans {
        return true;
    }
    let parse = |s: &[u8]| std::str::from_utf8(s).ok()?.parse::<f64>().ok();
    match (parse(out), parse(ans)) {
        (Some(x), Some(y)) => float::close(x, y, abs, rel),
        _ => false,
    }
}

fn unordered(
    output: &[u8],
    answer_path: &Path,
    by_token: bool,
) -> std::io::Result<Option<Mismatch>> {
    let mut answer = BufReader::with_capacity(256 * 1024, std::fs::File::open(answer_path)?);
    // Equal multisets have equal fingerprints, computed streaming: the answer is never
    // held whole. Only a mismatch small enough to sort is explained item by item.
    let keys = Fingerprint::keys();
    let mut found = Fingerprint::default();
    each_item(output, by_token, |item| found.add(&keys, item));
    let mut want = Fingerprint::default();
    let mut line = Vec::new();
    loop {
        line.clear();
        if answer.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        each_item(&line, by_token, |item| want.add(&keys, item));
    }
    if found == want {
        return Ok(None);
    }
    let what = if by_token { "token" } else { "line" };
    if output.len() > EXPLAIN_BYTES || want.bytes > EXPLAIN_BYTES as u64 {
        return Ok(Some(Mismatch {
            line: 1,
            column: 1,
            expected_column: 1,
            expected: format!("the answer's {} {what}s, in any order", want.count),
            found: format!("{} {what}s that differ from them", found.count),
            path: None,
        }));
    }
    let expected = std::fs::read(answer_path)?;
    Ok(Some(first_unmatched(output, expected, by_token, what)))
}

/// Outputs and answers up to this size get the first differing item named.
const EXPLAIN_BYTES: usize = 64 << 20;

/// Calls `f` on each non-empty line (trailing whitespace trimmed) or token of `text`.
fn each_item(text: &[u8], by_token: bool, mut f: impl FnMut(&[u8])) {
    if by_token {
        text.split(|b| b.is_ascii_whitespace())
            .filter(|t| !t.is_empty())
            .for_each(f);
    } else {
        for line in text.split(|&b| b == b'\n') {
            let line = trim_end(line);
            if !line.is_empty() {
                f(line);
            }
        }
    }
}

/// An order-independent digest of a multiset of items: the count, the bytes and two
/// sums of keyed 64-bit hashes (keys random per process, so no output can be made to
/// collide on purpose).
#[derive(Default, PartialEq)]
struct Fingerprint {
    count: u64,
    bytes: u64,
    sums: [u64; 2],
}

impl Fingerprint {
    fn keys() -> [std::collections::hash_map::RandomState; 2] {
        [Default::default(), Default::default()]
    }

    fn add(&mut self, keys: &[std::collections::hash_map::RandomState; 2], item: &[u8]) {
        use std::hash::BuildHasher;
        self.count += 1;
        self.bytes += item.len() as u64;
        for (sum, key) in self.sums.iter_mut().zip(keys) {
            *sum = sum.wrapping_add(key.hash_one(item));
        }
    }
}

/// The first item, in sorted order, on one side only.
fn first_unmatched(output: &[u8], expected: Vec<u8>, by_token: bool, what: &str) -> Mismatch {
    let items = |s: &[u8]| -> Vec<Vec<u8>> {
        let mut v = Vec::new();
        each_item(s, by_token, |item| v.push(item.to_vec()));
        v
    };
    let (mut out, mut ans) = (items(output), items(&expected));
    out.sort();
    ans.sort();
    // Report the first item (in sorted order) present on one side only.
    let (mut i, mut j) = (0, 0);
    while i < out.len() && j < ans.len() && out[i] == ans[j] {
        i += 1;
        j += 1;
    }
    let (expected, found) = match (ans.get(j), out.get(i)) {
        (Some(a), Some(o)) if a < o => (show(a), format!("no such {what}")),
        (Some(_), Some(o)) => (format!("no such {what}"), show(o)),
        (Some(a), None) => (show(a), format!("no such {what}")),
        (None, Some(o)) => (format!("no such {what}"), show(o)),
        (None, None) => unreachable!("the lists differ"),
    };
    Mismatch {
        line: 1,
        column: 1,
        expected_column: 1,
        expected,
        found,
        path: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn run(spec: &CheckerSpec, out: &str, ans: &str) -> Option<Mismatch> {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(ans.as_bytes()).unwrap();
        check(spec, out.as_bytes(), f.path(), false).unwrap()
    }

    #[test]
    fn tokens_ignore_trailing_space_cr_and_blank_lines() {
        let t = CheckerSpec::Tokens;
        assert_eq!(run(&t, "1 2\r\n3  \n\n\n", "1 2\n3\n"), None);
        assert_eq!(run(&t, "1  2\n3", "1 2\n3\n"), None);
        let m = run(&t, "1 2\n4\n", "1 2\n3\n").unwrap();
        assert_eq!(
            (m.line, m.column, m.expected.as_str(), m.found.as_str()),
            (2, 1, "\"3\"", "\"4\"")
        );
    }

    #[test]
    fn tokens_respect_line_breaks_and_length() {
        let t = CheckerSpec::Tokens;
        assert!(run(&t, "1\n2\n", "1 2\n").is_some());
        assert_eq!(run(&t, "1\n", "1\n2\n").unwrap().found, "end of output");
        assert_eq!(run(&t, "1\n2\n", "1\n").unwrap().expected, "end of answer");
        assert_eq!(run(&t, "1 2 3\n", "1 2\n").unwrap().column, 5);
        assert!(
            run(&t, "\n1\n", "1\n").is_some(),
            "a leading blank line is a difference"
        );
    }

    #[test]
    fn nothing_printed_is_no_output_in_every_checker() {
        for spec in [CheckerSpec::Tokens, CheckerSpec::Lines, CheckerSpec::Exact] {
            for out in ["", "\n", "  \n\n"] {
                let m = run(&spec, out, "3\n").unwrap();
                assert_eq!(m.found, "no output", "{spec:?} {out:?}");
            }
        }
    }

    #[test]
    fn exact_and_lines() {
        assert!(run(&CheckerSpec::Exact, "3\r\n", "3\n").is_some());
        assert_eq!(run(&CheckerSpec::Exact, "3\n", "3\n"), None);
        assert!(run(&CheckerSpec::Lines, "1  2\n", "1 2\n").is_some());
        assert_eq!(run(&CheckerSpec::Lines, "1 2  \r\n", "1 2\n"), None);
    }

    #[test]
    fn floats_with_tolerance() {
        let f = CheckerSpec::Float {
            abs: 1e-6,
            rel: 1e-6,
        };
        assert_eq!(run(&f, "0.3333333 x\n", "0.33333333 x\n"), None);
        assert!(run(&f, "0.334\n", "0.333\n").is_some());
        assert_eq!(
            run(&f, "1000000.5\n", "1000000.0\n"),
            None,
            "relative tolerance"
        );
        assert!(
            run(&f, "nan\n", "nan\n").is_none(),
            "identical tokens match"
        );
        assert!(run(&f, "abc\n", "abd\n").is_some());
    }

    #[test]
    fn unordered_counts_repeats_and_names_the_odd_item() {
        let u = CheckerSpec::Unordered { by_token: false };
        assert_eq!(run(&u, "x\ny\nx\n", "x\nx\ny\n"), None);
        let m = run(&u, "x\ny\ny\n", "x\nx\ny\n").unwrap();
        assert_eq!(
            (m.expected.as_str(), m.found.as_str()),
            ("\"x\"", "no such line")
        );
        // Trailing spaces and blank lines do not count.
        assert_eq!(run(&u, "b  \n\na\n", "a\nb\n"), None);
    }

    #[test]
    fn unordered_and_case() {
        let u = CheckerSpec::Unordered { by_token: false };
        assert_eq!(run(&u, "b\na\n", "a\nb\n"), None);
        assert!(run(&u, "a\na\n", "a\nb\n").is_some());
        let ut = CheckerSpec::Unordered { by_token: true };
        assert_eq!(run(&ut, "3 1\n2\n", "1 2 3\n"), None);
        assert_eq!(run(&CheckerSpec::CaseInsensitive, "YES\n", "yes\n"), None);
        assert!(run(&CheckerSpec::CaseInsensitive, "YES\n", "no\n").is_some());
    }

    #[test]
    fn non_utf8_output_is_shown_lossily() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"3\n").unwrap();
        let m = check(&CheckerSpec::Tokens, b"\xff\xfe(\0\x80\n", f.path(), false)
            .unwrap()
            .unwrap();
        assert!(m.found.contains('\u{fffd}'));
    }
}
