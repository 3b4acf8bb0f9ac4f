//! Built-in text checkers. Both sides are read as streams in bounded pieces, so
//! grind's memory does not grow with the output or the answer, however long a line
//! or a token is.

use super::{CheckerSpec, Mismatch, float};
use crate::sandbox::Captured;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

/// Compares `output` with the answer file at `path` using a built-in checker. Returns
/// `Ok(None)` when accepted. `strict` makes every checker byte-exact (`grind run --strict`).
pub fn check(
    spec: &CheckerSpec,
    output: &Captured,
    path: &Path,
    strict: bool,
) -> io::Result<Option<Mismatch>> {
    let answer = BufReader::with_capacity(256 << 10, std::fs::File::open(path)?);
    let out = output.reader();
    let mismatch = match spec {
        _ if strict => exact(out, answer),
        CheckerSpec::Exact => exact(out, answer),
        CheckerSpec::Lines => lines(Side::new(out), Side::new(answer)),
        CheckerSpec::Tokens => tokens(Side::new(out), Side::new(answer), Same::Exact),
        CheckerSpec::CaseInsensitive => tokens(Side::new(out), Side::new(answer), Same::NoCase),
        CheckerSpec::Float { abs, rel } => tokens(
            Side::new(out),
            Side::new(answer),
            Same::Float {
                abs: *abs,
                rel: *rel,
            },
        ),
        CheckerSpec::Unordered { by_token } => unordered(output, path, *by_token),
        CheckerSpec::Custom { .. } => unreachable!("custom checkers run as programs"),
    }?;
    // Nothing printed (or only blank lines) is said so, not "found end of line".
    Ok(mismatch.map(|mut m| {
        if output.is_blank() {
            m.found = "no output".into();
        }
        m
    }))
}

/// At most this much of a token or line is held at once; longer ones are compared in
/// pieces of this size (and a float token longer than this is compared as text).
const HOLD: usize = 4096;

fn show(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(160)]);
    let text: String = text.chars().take(40).collect();
    format!("{text:?}")
}

const END: &str = "end of output";
const END_OF_ANSWER: &str = "end of answer";

fn trim_end(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    &line[..end]
}

fn mismatch(
    line: usize,
    column: usize,
    expected_column: usize,
    expected: String,
    found: String,
) -> Mismatch {
    Mismatch {
        line,
        column,
        expected_column,
        expected,
        found,
        path: None,
    }
}

/// How many leading bytes `a` and `b` share.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Byte for byte, in pieces.
fn exact(mut out: impl BufRead, mut ans: impl BufRead) -> io::Result<Option<Mismatch>> {
    let (mut line, mut column) = (1, 1);
    loop {
        let (o, a) = (out.fill_buf()?, ans.fill_buf()?);
        if o.is_empty() && a.is_empty() {
            return Ok(None);
        }
        let n = o.len().min(a.len());
        let same = common_prefix(o, a);
        for &b in &o[..same] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        if same < n || n == 0 {
            let pick = |s: &[u8], end: &str| match s.get(same) {
                Some(b) => show(std::slice::from_ref(b)),
                None => end.to_string(),
            };
            return Ok(Some(mismatch(
                line,
                column,
                column,
                pick(a, END_OF_ANSWER),
                pick(o, END),
            )));
        }
        out.consume(n);
        ans.consume(n);
    }
}

/// One side of a comparison, read in pieces: where it is (line, byte column) and
/// where its last token was.
struct Side<R> {
    r: R,
    line: usize,
    column: usize,
    /// Line of the last token read, and the column just after it.
    token_line: usize,
    token_end: usize,
}

impl<R: BufRead> Side<R> {
    fn new(r: R) -> Side<R> {
        Side {
            r,
            line: 1,
            column: 0,
            token_line: 0,
            token_end: 0,
        }
    }

    /// Skips whitespace; the (line, column) of the next token, or `None` at the end.
    fn next_token(&mut self) -> io::Result<Option<(usize, usize)>> {
        loop {
            let buf = self.r.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let (mut used, mut found) = (0, false);
            for &b in buf {
                if b == b'\n' {
                    self.line += 1;
                    self.column = 0;
                } else if b.is_ascii_whitespace() {
                    self.column += 1;
                } else {
                    found = true;
                    break;
                }
                used += 1;
            }
            self.r.consume(used);
            if found {
                return Ok(Some((self.line, self.column)));
            }
        }
    }

    /// Appends up to `HOLD` bytes of the current token to `held`; true when the token
    /// ended within them.
    fn read_token(&mut self, held: &mut Vec<u8>) -> io::Result<bool> {
        while held.len() < HOLD {
            let buf = self.r.fill_buf()?;
            if buf.is_empty() {
                return Ok(true);
            }
            let room = HOLD - held.len();
            let run = buf
                .iter()
                .take(room)
                .position(u8::is_ascii_whitespace)
                .unwrap_or(buf.len().min(room));
            held.extend_from_slice(&buf[..run]);
            let ended = run < room && run < buf.len();
            self.r.consume(run);
            self.column += run;
            self.token_line = self.line;
            self.token_end = self.column;
            if ended {
                return Ok(true);
            }
        }
        // Full: the token goes on unless whitespace or the end follows.
        let buf = self.r.fill_buf()?;
        Ok(buf.first().is_none_or(u8::is_ascii_whitespace))
    }
}

/// How two tokens are found equal.
#[derive(Clone, Copy)]
enum Same {
    Exact,
    NoCase,
    Float { abs: f64, rel: f64 },
}

impl Same {
    fn pieces(self, x: &[u8], y: &[u8]) -> bool {
        match self {
            Same::NoCase => x.eq_ignore_ascii_case(y),
            _ => x == y,
        }
    }

    fn whole(self, x: &[u8], y: &[u8]) -> bool {
        match self {
            Same::Float { abs, rel } => floats_match(x, y, abs, rel),
            _ => self.pieces(x, y),
        }
    }
}

/// Tokens compared in order, each on the same line on both sides: a line break counts
/// and a blank line in between counts, trailing whitespace and blank lines at the end do
/// not.
fn tokens(
    mut out: Side<impl BufRead>,
    mut ans: Side<impl BufRead>,
    same: Same,
) -> io::Result<Option<Mismatch>> {
    let (mut o, mut a) = (Vec::with_capacity(HOLD), Vec::with_capacity(HOLD));
    loop {
        let (ot, at) = (out.next_token()?, ans.next_token()?);
        match (ot, at) {
            (None, None) => return Ok(None),
            (Some((line, oc)), Some((al, ac))) if line == al => {
                o.clear();
                a.clear();
                if !same_token(&mut out, &mut ans, &mut o, &mut a, same)? {
                    return Ok(Some(mismatch(line, oc + 1, ac + 1, show(&a), show(&o))));
                }
            }
            _ => {
                // The side whose next token is on a later line (or that has none) ends
                // the line, or has a blank line, where the other goes on.
                let line = [ot, at]
                    .iter()
                    .flatten()
                    .map(|t| t.0)
                    .min()
                    .expect("one token");
                let (oc, found) = describe(&mut out, ot, line, END, &mut o)?;
                let (ac, expected) = describe(&mut ans, at, line, END_OF_ANSWER, &mut a)?;
                return Ok(Some(mismatch(line, oc + 1, ac + 1, expected, found)));
            }
        }
    }
}

/// Compares the tokens both sides are at, reading long ones in pieces; `o` and `a` keep
/// their first pieces, for display.
fn same_token(
    out: &mut Side<impl BufRead>,
    ans: &mut Side<impl BufRead>,
    o: &mut Vec<u8>,
    a: &mut Vec<u8>,
    same: Same,
) -> io::Result<bool> {
    let (mut o_done, mut a_done) = (out.read_token(o)?, ans.read_token(a)?);
    if o_done && a_done {
        return Ok(same.whole(o, a));
    }
    if o_done != a_done || !same.pieces(o, a) {
        return Ok(false);
    }
    let (mut op, mut ap) = (Vec::with_capacity(HOLD), Vec::with_capacity(HOLD));
    while !(o_done && a_done) {
        op.clear();
        ap.clear();
        (o_done, a_done) = (out.read_token(&mut op)?, ans.read_token(&mut ap)?);
        if o_done != a_done || !same.pieces(&op, &ap) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// What one side shows at `line` of a token mismatch: its column and words.
fn describe(
    side: &mut Side<impl BufRead>,
    next: Option<(usize, usize)>,
    line: usize,
    end: &str,
    held: &mut Vec<u8>,
) -> io::Result<(usize, String)> {
    Ok(match next {
        Some((l, column)) if l == line => {
            held.clear();
            side.read_token(held)?;
            (column, show(held))
        }
        _ if side.token_line == line => (side.token_end, "end of line".into()),
        None => (0, end.into()),
        Some(_) => (0, "empty line".into()),
    })
}

/// Lines compared in order, trailing whitespace ignored; blank lines at the end do not
/// count, blank lines in between do.
fn lines(mut out: Side<impl BufRead>, mut ans: Side<impl BufRead>) -> io::Result<Option<Mismatch>> {
    let mut line = 1;
    loop {
        let (o_end, a_end) = (out.r.fill_buf()?.is_empty(), ans.r.fill_buf()?.is_empty());
        if o_end && a_end {
            return Ok(None);
        }
        // Walk the two lines in step to their first differing byte.
        let mut column = 0;
        let differ = loop {
            let o = line_piece(out.r.fill_buf()?);
            let a = line_piece(ans.r.fill_buf()?);
            let n = o.len().min(a.len());
            let same = common_prefix(o, a);
            let both_ended = o.is_empty() && a.is_empty();
            out.r.consume(same);
            ans.r.consume(same);
            column += same;
            if both_ended {
                break false;
            }
            if same < n || n == 0 {
                break true;
            }
        };
        if differ {
            // Equal lines may still differ in trailing whitespace.
            let (o_rest, o_blank) = rest_of_line(&mut out.r)?;
            let (a_rest, a_blank) = rest_of_line(&mut ans.r)?;
            if !(o_blank && a_blank) {
                let say = |rest: &[u8], ended: bool, end: &str| {
                    if ended {
                        end.to_string()
                    } else if column == 0 && trim_end(rest).is_empty() {
                        "empty line".into()
                    } else if trim_end(rest).is_empty() {
                        "end of line".into()
                    } else {
                        show(trim_end(rest))
                    }
                };
                return Ok(Some(mismatch(
                    line,
                    column + 1,
                    column + 1,
                    say(&a_rest, a_end, END_OF_ANSWER),
                    say(&o_rest, o_end, END),
                )));
            }
        } else {
            skip_break(&mut out.r)?;
            skip_break(&mut ans.r)?;
        }
        line += 1;
    }
}

fn skip_break(r: &mut impl BufRead) -> io::Result<()> {
    if r.fill_buf()?.first() == Some(&b'\n') {
        r.consume(1);
    }
    Ok(())
}

/// The part of `buf` before a line break.
fn line_piece(buf: &[u8]) -> &[u8] {
    let end = buf.iter().position(|&b| b == b'\n').unwrap_or(buf.len());
    &buf[..end]
}

/// Reads to the end of the line (and past its break): its first bytes from here, and
/// whether the rest was whitespace only.
fn rest_of_line(r: &mut impl BufRead) -> io::Result<(Vec<u8>, bool)> {
    let (mut first, mut blank) = (Vec::new(), true);
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok((first, blank));
        }
        let piece = line_piece(buf);
        let ended = piece.len() < buf.len();
        if first.len() < 160 {
            first.extend_from_slice(&piece[..piece.len().min(160 - first.len())]);
        }
        blank &= piece.iter().all(u8::is_ascii_whitespace);
        let used = piece.len() + usize::from(ended);
        r.consume(used);
        if ended {
            return Ok((first, blank));
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
    output: &Captured,
    answer_path: &Path,
    by_token: bool,
) -> io::Result<Option<Mismatch>> {
    // Equal multisets have equal fingerprints, computed as both sides stream by. Only a
    // mismatch small enough to sort is explained item by item.
    let keys = Fingerprint::keys();
    let found = Fingerprint::of(output.reader(), &keys, by_token)?;
    let answer = BufReader::with_capacity(256 << 10, std::fs::File::open(answer_path)?);
    let want = Fingerprint::of(answer, &keys, by_token)?;
    if found == want {
        return Ok(None);
    }
    let what = if by_token { "token" } else { "line" };
    if output.len() > EXPLAIN_BYTES || want.size > EXPLAIN_BYTES {
        return Ok(Some(mismatch(
            1,
            1,
            1,
            format!("the answer's {} {what}s, in any order", want.count),
            format!("{} {what}s that differ from them", found.count),
        )));
    }
    let expected = std::fs::read(answer_path)?;
    Ok(Some(first_unmatched(
        &output.to_vec()?,
        &expected,
        by_token,
        what,
    )))
}

/// Outputs and answers up to this size get the first differing item named (sorting
/// them takes a few times their size).
const EXPLAIN_BYTES: u64 = 4 << 20;

/// Calls `f` on each non-empty line (trailing whitespace trimmed) or token of `text`.
fn each_item<'a>(text: &'a [u8], by_token: bool, mut f: impl FnMut(&'a [u8])) {
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

type Keys = [std::collections::hash_map::RandomState; 2];
type Hashers = [std::collections::hash_map::DefaultHasher; 2];

/// An order-independent digest of a multiset of items: the count, the bytes and two
/// sums of keyed 64-bit hashes (keys random per process, so no output can be made to
/// collide on purpose).
#[derive(Default)]
struct Fingerprint {
    count: u64,
    bytes: u64,
    sums: [u64; 2],
    /// Bytes read (not compared).
    size: u64,
}

impl PartialEq for Fingerprint {
    fn eq(&self, other: &Self) -> bool {
        (self.count, self.bytes, self.sums) == (other.count, other.bytes, other.sums)
    }
}

impl Fingerprint {
    fn keys() -> Keys {
        [Default::default(), Default::default()]
    }

    /// Reads the items of `r` (lines with trailing whitespace trimmed, or tokens) in
    /// pieces, hashing each as it goes: no item is held whole.
    fn of(mut r: impl BufRead, keys: &Keys, by_token: bool) -> io::Result<Fingerprint> {
        use std::hash::{BuildHasher, Hasher};
        let fresh = || keys.each_ref().map(BuildHasher::build_hasher);
        let mut print = Fingerprint::default();
        // The item being read: its hashers and length, and for a line the state before
        // its trailing whitespace run (dropped if the line ends there).
        let (mut hashers, mut len) = (fresh(), 0u64);
        let mut before_space: Option<(Hashers, u64)> = None;
        let finish = |hashers: &mut Hashers, len: &mut u64, print: &mut Fingerprint| {
            if *len > 0 {
                print.count += 1;
                print.bytes += *len;
                for (sum, h) in print.sums.iter_mut().zip(hashers.iter()) {
                    *sum = sum.wrapping_add(h.finish());
                }
            }
            *hashers = fresh();
            *len = 0;
        };
        loop {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                if let Some(state) = before_space.take() {
                    (hashers, len) = state;
                }
                finish(&mut hashers, &mut len, &mut print);
                return Ok(print);
            }
            let n = buf.len();
            let mut i = 0;
            while i < n {
                let b = buf[i];
                let space = b.is_ascii_whitespace();
                let ends = if by_token { space } else { b == b'\n' };
                if ends {
                    if let Some(state) = before_space.take() {
                        (hashers, len) = state;
                    }
                    finish(&mut hashers, &mut len, &mut print);
                    i += 1;
                    continue;
                }
                // A run of bytes of one kind (space or not) within the item.
                let run = buf[i..]
                    .iter()
                    .position(|c| c.is_ascii_whitespace() != space || *c == b'\n')
                    .map_or(n, |j| i + j);
                if space {
                    if before_space.is_none() {
                        before_space = Some((hashers.clone(), len));
                    }
                } else {
                    before_space = None;
                }
                for h in &mut hashers {
                    h.write(&buf[i..run]);
                }
                len += (run - i) as u64;
                i = run;
            }
            print.size += n as u64;
            r.consume(n);
        }
    }
}

/// The first item, in sorted order, on one side only.
fn first_unmatched(output: &[u8], expected: &[u8], by_token: bool, what: &str) -> Mismatch {
    fn sorted(text: &[u8], by_token: bool) -> Vec<&[u8]> {
        let mut items = Vec::new();
        each_item(text, by_token, |item| items.push(item));
        items.sort_unstable();
        items
    }
    let (out, ans) = (sorted(output, by_token), sorted(expected, by_token));
    let same = out.iter().zip(&ans).take_while(|(o, a)| o == a).count();
    let (expected, found) = match (ans.get(same), out.get(same)) {
        (Some(a), Some(o)) if a < o => (show(a), format!("no such {what}")),
        (Some(_), Some(o)) => (format!("no such {what}"), show(o)),
        (Some(a), None) => (show(a), format!("no such {what}")),
        (None, Some(o)) => (format!("no such {what}"), show(o)),
        (None, None) => unreachable!("the lists differ"),
    };
    mismatch(1, 1, 1, expected, found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn run(spec: &CheckerSpec, out: &str, ans: &str) -> Option<Mismatch> {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(ans.as_bytes()).unwrap();
        check(spec, &Captured::from_vec(out.into()), f.path(), false).unwrap()
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
        // NaN and infinities match however spelled, and only themselves.
        assert_eq!(run(&f, "NaN inf -Infinity\n", "nan Inf -inf\n"), None);
        assert!(run(&f, "nan\n", "1\n").is_some());
        assert!(run(&f, "inf\n", "-inf\n").is_some());
        assert!(run(&f, "1e308\n", "inf\n").is_some());
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

    /// Runs a checker with both sides read through buffers of `cap` bytes.
    fn in_pieces(spec: &CheckerSpec, out: &[u8], ans: &[u8], cap: usize) -> Option<Mismatch> {
        let side = |b| BufReader::with_capacity(cap, b);
        let same = |s| match s {
            CheckerSpec::CaseInsensitive => Same::NoCase,
            CheckerSpec::Float { abs, rel } => Same::Float { abs, rel },
            _ => Same::Exact,
        };
        match spec {
            CheckerSpec::Exact => exact(side(out), side(ans)),
            CheckerSpec::Lines => lines(Side::new(side(out)), Side::new(side(ans))),
            CheckerSpec::Unordered { by_token } => {
                let keys = Fingerprint::keys();
                let f = |b| Fingerprint::of(side(b), &keys, *by_token).unwrap();
                return (f(out) != f(ans)).then(|| mismatch(1, 1, 1, String::new(), String::new()));
            }
            s => tokens(Side::new(side(out)), Side::new(side(ans)), same(s.clone())),
        }
        .unwrap()
    }

    /// However the bytes arrive, a checker says the same: pieces of 1, 2, 3, 7 bytes
    /// and one whole buffer, on cases that cross every boundary the scanners keep.
    #[test]
    fn the_verdict_does_not_depend_on_how_the_stream_is_cut() {
        let long = "x".repeat(3 * HOLD + 5);
        let longer = long.clone() + "y";
        let cases: Vec<(String, String)> = vec![
            ("1 2\n3\n".into(), "1 2\n3\n".into()),
            ("1  2\r\n3  \n\n\n".into(), "1 2\n3".into()),
            ("1 2\n4\n".into(), "1 2\n3\n".into()),
            ("1\n\n2\n".into(), "1\n2\n".into()),
            ("1 2 3\n".into(), "1 2\n".into()),
            ("a  b \n".into(), "a b\n".into()),
            ("a b\t \n  \n".into(), "a b\n".into()),
            ("YES 0.5000001\n".into(), "yes 0.5\n".into()),
            (format!("{long}\n"), format!("{long}\n")),
            (format!("{long} 1\n"), format!("{longer} 1\n")),
            (format!("a {long}b\n"), format!("a {long}c\n")),
            ("b\na  \n\n".into(), "a\nb\n".into()),
            ("".into(), "1\n".into()),
        ];
        let specs = [
            CheckerSpec::Tokens,
            CheckerSpec::Exact,
            CheckerSpec::Lines,
            CheckerSpec::CaseInsensitive,
            CheckerSpec::Float {
                abs: 1e-6,
                rel: 1e-6,
            },
            CheckerSpec::Unordered { by_token: false },
            CheckerSpec::Unordered { by_token: true },
        ];
        for spec in &specs {
            for (out, ans) in &cases {
                let whole = in_pieces(spec, out.as_bytes(), ans.as_bytes(), 1 << 16);
                for cap in [1, 2, 3, 7] {
                    let cut = in_pieces(spec, out.as_bytes(), ans.as_bytes(), cap);
                    assert_eq!(cut, whole, "{spec:?} {out:?} {ans:?} in pieces of {cap}");
                }
            }
        }
    }

    #[test]
    fn long_tokens_and_lines_are_compared_whole() {
        let long = "7".repeat(3 * HOLD);
        for spec in [CheckerSpec::Tokens, CheckerSpec::Lines, CheckerSpec::Exact] {
            assert_eq!(run(&spec, &format!("{long}\n"), &format!("{long}\n")), None);
            let m = run(&spec, &format!("{long}8\n"), &format!("{long}9\n"));
            assert!(
                m.is_some(),
                "{spec:?}: a difference after {} bytes",
                long.len()
            );
            assert!(run(&spec, &long, &format!("{long}7")).is_some(), "{spec:?}");
        }
        let m = run(&CheckerSpec::Lines, "a  b\n", "a b\n").unwrap();
        assert_eq!(
            (m.column, m.found.as_str(), m.expected.as_str()),
            (3, "\" b\"", "\"b\"")
        );
        let m = run(&CheckerSpec::Exact, "ab\ncd\n", "ab\nce\n").unwrap();
        assert_eq!((m.line, m.column), (2, 2));
    }

    #[test]
    fn non_utf8_output_is_shown_lossily() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"3\n").unwrap();
        let output = Captured::from_vec(b"\xff\xfe(\0\x80\n".to_vec());
        let m = check(&CheckerSpec::Tokens, &output, f.path(), false)
            .unwrap()
            .unwrap();
        assert!(m.found.contains('\u{fffd}'));
    }
}
