//! The exchange of an interactive run, as grind relays it: which side sent each line,
//! in the order the lines were completed. Bounded: the first and the last lines are
//! kept, each cut to a width, so a solution that floods the pipe costs no memory.

use std::collections::VecDeque;
use std::fmt::Write;

/// Who wrote a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Solution,
    Interactor,
}

/// Lines kept from the start and from the end of an exchange.
const HEAD_LINES: usize = 40;
const TAIL_LINES: usize = 40;
/// Characters kept of one line.
const LINE_CHARS: usize = 200;

#[derive(Debug, Default)]
pub struct Transcript {
    head: Vec<(Side, String)>,
    tail: VecDeque<(Side, String)>,
    /// Lines between head and tail that were not kept.
    skipped: u64,
    /// The unfinished line of each side (solution, interactor), at most a line's width.
    partial: [(Vec<u8>, u64); 2],
}

impl Transcript {
    /// Records bytes one side wrote.
    pub fn push(&mut self, side: Side, mut data: &[u8]) {
        while !data.is_empty() {
            let (piece, rest, ended) = match data.iter().position(|&b| b == b'\n') {
                Some(i) => (&data[..i], &data[i + 1..], true),
                None => (data, &data[data.len()..], false),
            };
            let (kept, len) = &mut self.partial[side as usize];
            let room = (LINE_CHARS * 4).saturating_sub(kept.len());
            kept.extend_from_slice(&piece[..piece.len().min(room)]);
            *len += piece.len() as u64;
            if ended {
                self.end_line(side);
            }
            data = rest;
        }
    }

    fn end_line(&mut self, side: Side) {
        let (kept, len) = std::mem::take(&mut self.partial[side as usize]);
        let text = String::from_utf8_lossy(&kept);
        let shown = crate::visible::text(&text);
        let mut line: String = shown.chars().take(LINE_CHARS).collect();
        if len as usize > kept.len() || line.len() < shown.len() {
            let _ = write!(line, " … ({len} bytes)");
        }
        if self.head.len() < HEAD_LINES {
            self.head.push((side, line));
            return;
        }
        self.tail.push_back((side, line));
        if self.tail.len() > TAIL_LINES {
            self.tail.pop_front();
            self.skipped += 1;
        }
    }

    /// The exchange as text: `> ` before what the solution sent, `< ` before what it
    /// received; `None` when nothing was exchanged.
    pub fn render(mut self) -> Option<String> {
        for side in [Side::Solution, Side::Interactor] {
            if self.partial[side as usize].1 > 0 {
                self.end_line(side);
            }
        }
        if self.head.is_empty() {
            return None;
        }
        let mut out = String::new();
        let line = |out: &mut String, (side, text): &(Side, String)| {
            let mark = if *side == Side::Solution { '>' } else { '<' };
            let _ = writeln!(out, "{mark} {text}");
        };
        self.head.iter().for_each(|l| line(&mut out, l));
        if self.skipped > 0 {
            let _ = writeln!(out, "… {} lines not shown …", self.skipped);
        }
        self.tail.iter().for_each(|l| line(&mut out, l));
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::{Side, Transcript};

    #[test]
    fn lines_are_marked_by_side_in_the_order_they_end() {
        let mut t = Transcript::default();
        t.push(Side::Solution, b"? 5");
        t.push(Side::Solution, b"0\n");
        t.push(Side::Interactor, b"<\n");
        t.push(Side::Solution, b"! 7");
        assert_eq!(t.render().unwrap(), "> ? 50\n< <\n> ! 7\n");
    }

    #[test]
    fn a_flood_keeps_the_first_and_last_lines_only() {
        let mut t = Transcript::default();
        for i in 0..100_000 {
            t.push(Side::Solution, format!("? {i}\n").as_bytes());
        }
        t.push(Side::Interactor, &vec![b'x'; 1 << 20]);
        let text = t.render().unwrap();
        assert!(text.starts_with("> ? 0\n> ? 1\n"), "{text}");
        assert!(text.contains("… 99921 lines not shown …"), "{text}");
        assert!(text.contains("> ? 99999\n< xxx"), "{text}");
        assert!(text.trim_end().ends_with("(1048576 bytes)"), "{text}");
        assert!(text.len() < 20_000, "{}", text.len());
    }

    #[test]
    fn nothing_exchanged_is_no_transcript() {
        assert_eq!(Transcript::default().render(), None);
    }
}
