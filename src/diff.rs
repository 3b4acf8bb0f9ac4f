//! The failure display: expected and actual output side by side around the first
//! difference, aligned by line, with the differing words marked.
//!
//! Only a window of a few lines around the first difference is read and diffed, so a
//! huge output costs no more than a small one; the word diff has a deadline. Every
//! line shown passes through [`crate::visible`]: no control byte of a program's output
//! reaches the terminal.

use crate::checking::Mismatch;
use console::{Style, measure_text_width, pad_str};
use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::time::Duration;

/// Lines shown before and after the first differing line.
const CONTEXT: usize = 2;
const DIFF_TIMEOUT: Duration = Duration::from_millis(50);

/// Lines `from..to` (1-based, inclusive) of a stream, lossily decoded, `None` past its
/// end. Lines are read in pieces and only a bounded part of each is kept: around
/// byte `column` of line `focus`, the start of the others; a cut is marked `…`. The
/// second value is where `column` lands in the kept part of line `focus`.
fn window_of(
    mut reader: impl BufRead,
    from: usize,
    to: usize,
    focus: usize,
    column: usize,
) -> (Vec<Option<String>>, usize) {
    const AROUND: usize = 4 * KEPT;
    let mut out = Vec::new();
    let mut shown_column = column;
    for n in 1..=to {
        let (keep_from, keep_to) = if n == focus {
            let start = column.saturating_sub(AROUND);
            (start, start + 2 * AROUND)
        } else {
            (0, AROUND)
        };
        let (mut kept, mut at, mut any) = (Vec::new(), 0usize, false);
        while let Ok(buf) = reader.fill_buf()
            && !buf.is_empty()
        {
            any = true;
            let (piece, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (&buf[..i], true),
                None => (buf, false),
            };
            let (lo, hi) = (keep_from.max(at), keep_to.min(at + piece.len()));
            if lo < hi {
                kept.extend_from_slice(&piece[lo - at..hi - at]);
            }
            at += piece.len();
            let used = piece.len() + usize::from(done);
            reader.consume(used);
            if done {
                break;
            }
        }
        if n < from {
            continue;
        }
        if !any {
            out.push(None);
            continue;
        }
        let mut line = clean(&kept);
        if keep_from > 0 && at > keep_from {
            line.insert(0, '…');
            if n == focus {
                shown_column = column - keep_from + 1;
            }
        }
        if at > keep_to {
            line.push('…');
        }
        out.push(Some(line));
    }
    (out, shown_column)
}

fn clean(line: &[u8]) -> String {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    crate::visible::text(&String::from_utf8_lossy(line).replace('\t', " ")).into_owned()
}

/// A horizontal slice of `line` of at most `width` characters that shows `column`.
fn cut(line: &str, column: usize, width: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= width {
        return line.to_string();
    }
    let start = column
        .saturating_sub(width / 3)
        .min(chars.len().saturating_sub(width - 1));
    let end = (start + width - 1).min(chars.len());
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.extend(&chars[start + usize::from(start > 0)..end]);
    if end < chars.len() {
        s.push('…');
    }
    s
}

/// Marks the words that differ between the two lines.
fn highlight(expected: &str, actual: &str, color: bool) -> (String, String) {
    if !color || expected == actual {
        return (expected.to_string(), actual.to_string());
    }
    let diff = TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_words(expected, actual);
    let (del, ins) = (
        Style::new().green().bold().underlined(),
        Style::new().red().bold().underlined(),
    );
    let (mut left, mut right) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let v = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                left.push_str(v);
                right.push_str(v);
            }
            ChangeTag::Delete => left.push_str(&del.apply_to(v).to_string()),
            ChangeTag::Insert => right.push_str(&ins.apply_to(v).to_string()),
        }
    }
    (left, right)
}

/// Longest piece of a line a [`Window`] keeps, around the differing column.
const KEPT: usize = 240;

/// The lines around a first difference, as the failure display shows them: what
/// `grind review` keeps so that it shows later the very diff the run showed, though
/// the stored output is cut to its first 64 KiB.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Window {
    pub mismatch: Mismatch,
    /// Line number of the first line kept.
    pub from: usize,
    /// Lines `from..` of the answer and of the output (`None`: no such line), each at
    /// most [`KEPT`] characters around the differing column.
    pub expected: Vec<Option<String>>,
    pub actual: Vec<Option<String>>,
    /// Where the differing column lands in the kept pieces of the mismatch's line.
    pub column: usize,
    pub expected_column: usize,
}

impl Window {
    /// Reads the lines around `m` from the output and the answer file.
    pub fn capture(output: impl BufRead, answer: &Path, m: &Mismatch) -> Window {
        let from = m.line.saturating_sub(CONTEXT).max(1);
        let to = m.line + CONTEXT;
        let at = m.line - from;
        let keep = |(lines, column): (Vec<Option<String>>, usize)| {
            let shown = lines
                .get(at)
                .cloned()
                .flatten()
                .map_or(column, |l| cut_offset(&l, column, KEPT));
            let kept = lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| l.map(|l| cut(&l, if i == at { column } else { 0 }, KEPT)))
                .collect();
            (kept, shown)
        };
        let expected_column = m.expected_column.saturating_sub(1);
        let answer_lines = match std::fs::File::open(answer) {
            Ok(file) => window_of(BufReader::new(file), from, to, m.line, expected_column),
            Err(_) => (vec![], expected_column),
        };
        let (expected, expected_column) = keep(answer_lines);
        let (actual, column) = keep(window_of(
            output,
            from,
            to,
            m.line,
            m.column.saturating_sub(1),
        ));
        Window {
            mismatch: m.clone(),
            from,
            expected,
            actual,
            column,
            expected_column,
        }
    }

    /// The side-by-side display; `width` is the terminal's, `ours` heads the right
    /// column: "your output", or "returned" for a function's value.
    pub fn render(&self, ours: &str, width: usize, color: bool) -> String {
        let m = &self.mismatch;
        let side = ((width.max(60) - 12) / 2).min(60);
        let dim = if color {
            Style::new().dim()
        } else {
            Style::new()
        };
        let bold = if color {
            Style::new().bold()
        } else {
            Style::new()
        };
        let mut out = format!(
            "  first difference at line {}, column {}: expected {}, found {}\n",
            m.line,
            m.column,
            crate::visible::text(&m.expected),
            crate::visible::text(&m.found)
        );
        out += &format!(
            "  {}  {} │ {}\n",
            dim.apply_to("line"),
            bold.apply_to(pad_str("expected", side, console::Alignment::Left, None)),
            bold.apply_to(ours)
        );
        for i in 0..self.expected.len().max(self.actual.len()) {
            let n = self.from + i;
            let e = self.expected.get(i).cloned().flatten();
            let a = self.actual.get(i).cloned().flatten();
            if e.is_none() && a.is_none() {
                break;
            }
            let differs =
                e.as_deref().map(str::trim_end) != a.as_deref().map(str::trim_end) || n == m.line;
            let (col, ecol) = if n == m.line {
                (self.column, self.expected_column)
            } else {
                (0, 0)
            };
            let (el, al) = (
                e.as_deref().map(|s| cut(s, ecol, side)).unwrap_or_default(),
                a.as_deref().map(|s| cut(s, col, side)).unwrap_or_default(),
            );
            let (mut left, mut right) = if differs {
                highlight(&el, &al, color)
            } else {
                (el.clone(), al.clone())
            };
            if e.is_none() {
                left = dim.apply_to("(no line)").to_string();
            }
            if a.is_none() {
                right = dim.apply_to("(no line)").to_string();
            }
            let marker = if n == m.line { ">" } else { " " };
            let pad = side.saturating_sub(measure_text_width(&left));
            out += &format!(
                "{marker}{:>5}  {left}{} │ {right}\n",
                dim.apply_to(n),
                " ".repeat(pad)
            );
            if n == m.line && !color {
                // Without colour, a caret under the first differing column of your output.
                let caret_at = cut_offset(a.as_deref().unwrap_or(""), col, side);
                out += &format!(
                    "{:>6}  {} │ {}^\n",
                    "",
                    " ".repeat(side),
                    " ".repeat(caret_at)
                );
            }
        }
        out
    }
}

/// Renders the side-by-side window for a mismatch. `width` is the terminal width.
/// `ours` heads the right column: "your output", or "returned" for a function's value.
pub fn render(
    output: &[u8],
    answer: &Path,
    m: &Mismatch,
    ours: &str,
    width: usize,
    color: bool,
) -> String {
    Window::capture(output, answer, m).render(ours, width, color)
}

/// Where `column` lands in the cut line produced by `cut`.
fn cut_offset(line: &str, column: usize, width: usize) -> usize {
    let len = line.chars().count();
    if len <= width {
        return column.min(len);
    }
    let start = column
        .saturating_sub(width / 3)
        .min(len.saturating_sub(width - 1));
    column - start
}

/// The first `max_lines` lines of `data` (at most `max_bytes`), for showing a test's input.
pub fn head_of(data: &[u8], max_lines: usize, max_bytes: usize) -> String {
    let total_lines = data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n"));
    let mut out = String::new();
    for (i, line) in data.split(|&b| b == b'\n').take(max_lines).enumerate() {
        if i == total_lines {
            break;
        }
        let line = clean(line);
        out += &cut(&line, 0, 100);
        out.push('\n');
        if out.len() > max_bytes {
            break;
        }
    }
    if total_lines > max_lines || data.len() > max_bytes {
        out += &format!("… ({} lines, {} bytes in all)\n", total_lines, data.len());
    }
    out
}

/// A test's input as the failure display shows it: for a function-signature problem
/// each line labelled with the parameter it holds (`nums = [2,7]`), as `grind show`
/// does (a stored input cut short has fewer lines); else its first lines.
pub fn input_of(data: &[u8], names: &[String]) -> String {
    let lines = data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n"));
    if names.is_empty() || lines > names.len() {
        return head_of(data, 10, 2000);
    }
    data.split(|&b| b == b'\n')
        .zip(names)
        .take(lines)
        .map(|(line, name)| format!("{name} = {}\n", cut(&clean(line), 0, 100)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn window_shows_the_differing_line_with_a_caret() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"1\n2\n3 4 5\n6\n").unwrap();
        let m = Mismatch {
            line: 3,
            column: 3,
            expected_column: 3,
            expected: "\"4\"".into(),
            found: "\"9\"".into(),
            path: None,
        };
        let text = render(b"1\n2\n3 9 5\n6\n", f.path(), &m, "your output", 80, false);
        assert!(text.contains("line 3, column 3"));
        assert!(text.contains(">    3  3 4 5"));
        let caret_line = text.lines().find(|l| l.trim_end().ends_with('^')).unwrap();
        let pos = |c: char| caret_line.chars().position(|x| x == c).unwrap();
        let row = text.lines().find(|l| l.starts_with('>')).unwrap();
        let nine = row.chars().skip(pos('│')).position(|c| c == '9').unwrap();
        assert_eq!(
            pos('^') - pos('│'),
            nine,
            "the caret sits under the 9:\n{text}"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = "x".repeat(500) + "DIFF" + &"y".repeat(500);
        let piece = cut(&line, 500, 40);
        assert!(piece.contains("DIFF") && piece.starts_with('…') && piece.ends_with('…'));
        assert_eq!(piece.chars().count(), 40);
    }

    /// A window kept as JSON renders as the live display did, past any stored cut.
    #[test]
    fn a_stored_window_renders_as_the_live_display() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        let answer = "a ".repeat(50_000) + "b\n";
        f.write_all(answer.as_bytes()).unwrap();
        let output = "a ".repeat(50_000) + "c\n";
        let m = Mismatch {
            line: 1,
            column: 100_001,
            expected_column: 100_001,
            expected: "\"b\"".into(),
            found: "\"c\"".into(),
            path: None,
        };
        let window = Window::capture(output.as_bytes(), f.path(), &m);
        assert!(window.actual[0].as_ref().unwrap().chars().count() <= KEPT);
        let stored: Window =
            serde_json::from_str(&serde_json::to_string(&window).unwrap()).unwrap();
        let live = render(output.as_bytes(), f.path(), &m, "your output", 80, false);
        assert_eq!(stored.render("your output", 80, false), live);
        assert!(live.contains("a a c"), "{live}");
        assert!(live.lines().any(|l| l.trim_end().ends_with('^')), "{live}");
    }

    /// A difference at the end of a long line is shown, though only a piece of the
    /// line around it is read into memory.
    #[test]
    fn a_difference_deep_in_a_long_line_is_shown() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        let body = "a".repeat(1 << 20);
        f.write_all(format!("{body}c\n").as_bytes()).unwrap();
        let output = format!("{body}b\n");
        let m = Mismatch {
            line: 1,
            column: (1 << 20) + 1,
            expected_column: (1 << 20) + 1,
            expected: "\"c\"".into(),
            found: "\"b\"".into(),
            path: None,
        };
        let window = Window::capture(output.as_bytes(), f.path(), &m);
        let (actual, expected) = (
            window.actual[0].clone().unwrap(),
            window.expected[0].clone().unwrap(),
        );
        assert!(actual.starts_with('…') && actual.ends_with('b'), "{actual}");
        assert!(
            expected.ends_with('c') && expected.chars().count() <= KEPT,
            "{expected}"
        );
        let text = window.render("your output", 80, false);
        let row = text.lines().find(|l| l.starts_with('>')).unwrap();
        assert!(row.contains("ac") && row.contains("ab"), "{text}");
    }

    #[test]
    fn inputs_are_labelled_by_parameter() {
        let names = ["nums".to_string(), "target".to_string()];
        assert_eq!(
            input_of(b"[2,7]\n9\n", &names),
            "nums = [2,7]\ntarget = 9\n"
        );
        // Cut short when stored: the lines there are labelled.
        assert_eq!(input_of(b"[2,7,", &names), "nums = [2,7,\n");
        // More lines than parameters: not a signature's input, shown as it is.
        assert_eq!(input_of(b"1\n2\n3\n", &names), "1\n2\n3\n");
    }

    #[test]
    fn missing_lines_are_marked() {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(b"1\n2\n").unwrap();
        let m = Mismatch {
            line: 2,
            column: 1,
            expected_column: 1,
            expected: "\"2\"".into(),
            found: "end of output".into(),
            path: None,
        };
        let text = render(b"1\n", f.path(), &m, "your output", 80, false);
        assert!(text.contains("(no line)"), "{text}");
    }
}
