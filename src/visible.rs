//! Text that came from a program (its output and stderr, a checker's message, a
//! stored case, a compiler's echo of the source) made safe to print on a terminal.
//!
//! A terminal acts on control bytes: ESC starts sequences that set the clipboard
//! (OSC 52), the window title (OSC 0) or clear the screen, and C1 controls (U+0080 to
//! U+009F) do the same on some terminals. Every such character but newline and tab is
//! shown as an escape instead (`\x1b`, `\x7f`, `\u{9b}`); the rest of valid UTF-8 is
//! unchanged, and invalid bytes become U+FFFD.

use std::borrow::Cow;

/// A control character a terminal might act on.
fn is_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with every control character but `\n` and `\t` shown as an escape.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_control(c) {
            let n = c as u32;
            if n < 0x80 {
                out.push_str(&format!("\\x{n:02x}"));
            } else {
                out.push_str(&format!("\\u{{{n:x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Bytes decoded lossily, then as [`text`].
pub fn bytes(data: &[u8]) -> String {
    text(&String::from_utf8_lossy(data)).into_owned()
}

/// `text` cut to at most `width` characters for a table cell or a line: at a word
/// boundary when one is near, with "…" marking the cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let keep: String = text.chars().take(width.saturating_sub(1)).collect();
    let cut = match keep.rfind(' ') {
        Some(i) if i * 3 >= keep.len() * 2 => keep[..i].trim_end(),
        _ => keep.as_str(),
    };
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_a_word_and_marks_it() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("wall clock over 3000 ms", 18), "wall clock over…");
        assert_eq!(fit("abcdefghij", 5), "abcd…");
        assert!(fit("Ünïcödé wörds everywhere", 9).chars().count() <= 9);
    }

    #[test]
    fn controls_are_shown_and_text_is_kept() {
        assert_eq!(text("a\tb\nc"), "a\tb\nc");
        assert_eq!(text("héllo → 世界"), "héllo → 世界");
        assert_eq!(
            text("\x1b]52;c;cHduZWQ=\x07\x1b[2J\r\x7f\u{9b}"),
            "\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\x0d\\x7f\\u{9b}"
        );
        assert_eq!(bytes(b"\xff\x1b\x00"), "\u{fffd}\\x1b\\x00");
        assert!(!bytes(b"\x1b]0;pwned\x07").contains('\x1b'));
    }
}
