//! The one error type of grind: what went wrong, where, and how to fix it.
//!
//! Every error is a user-facing message. Judging outcomes (WA, TLE, CE…) are not
//! errors: they are results. An `Error` always ends the command with exit code 2.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in a file: the path, 1-based line and column, and that line's text.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub text: Option<String>,
}

impl Location {
    /// A location in `path`, with the line's text read from `source` when given.
    pub fn new(path: &Path, line: usize, column: usize, source: Option<&str>) -> Location {
        let text = source.and_then(|s| s.lines().nth(line.saturating_sub(1)).map(str::to_string));
        Location {
            path: path.to_path_buf(),
            line,
            column,
            text,
        }
    }
}

#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub location: Option<Location>,
    pub help: Option<String>,
    /// Internal errors are grind's fault and ask to be reported.
    pub internal: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            location: None,
            help: None,
            internal: false,
        }
    }

    pub fn internal(message: impl Into<String>) -> Error {
        Error {
            internal: true,
            ..Error::new(message)
        }
    }

    pub fn at(mut self, location: Location) -> Error {
        self.location = Some(location);
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Error {
        self.help = Some(help.into());
        self
    }

    /// An I/O failure on `path`, worded as "failed to <what> <path>: <cause>".
    pub fn io(what: &str, path: &Path, err: std::io::Error) -> Error {
        Error::new(format!(
            "failed to {what} {}: {}",
            path.display(),
            io_cause(&err)
        ))
    }
}

/// A note that is not an error (grind went on), for the person at the terminal: on
/// stderr, out of the way of `--json`. The one place below the command layer, with
/// `report`, that prints.
pub fn note(text: &str) {
    eprintln!("note: {text}");
}

/// The OS message without Rust's "(os error N)" suffix.
pub fn io_cause(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// Renders an error for a person, rustc style: headline, place, line with caret, help.
pub fn render(err: &Error, color: bool) -> String {
    use console::Style;
    let (red, blue, bold) = if color {
        (
            Style::new().red().bold(),
            Style::new().blue().bold(),
            Style::new().bold(),
        )
    } else {
        (Style::new(), Style::new(), Style::new())
    };
    let mut out = format!(
        "{} {}\n",
        red.apply_to("error:"),
        bold.apply_to(&err.message)
    );
    if let Some(loc) = &err.location {
        let gutter = loc.line.to_string().len();
        out += &format!(
            "{:gutter$}{} {}:{}:{}\n",
            "",
            blue.apply_to("-->"),
            loc.path.display(),
            loc.line,
            loc.column
        );
        if let Some(text) = &loc.text {
            let pad = " ".repeat(gutter);
            let caret = " ".repeat(loc.column.saturating_sub(1));
            out += &format!("{pad} {}\n", blue.apply_to("|"));
            out += &format!(
                "{} {} {text}\n",
                blue.apply_to(loc.line),
                blue.apply_to("|")
            );
            out += &format!(
                "{pad} {} {caret}{}\n",
                blue.apply_to("|"),
                red.apply_to("^")
            );
        }
    }
    if let Some(help) = &err.help {
        out += &format!("{} {help}\n", blue.apply_to("help:"));
    }
    if err.internal {
        out += "note: this is a bug in grind; please report it with the command you ran\n";
    }
    out
}

/// The closest candidate to `word` by edit distance, for "did you mean" hints.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(
            suggest("memroy", ["time", "memory", "output"]),
            Some("memory")
        );
        assert_eq!(suggest("zzzzzz", ["time", "memory"]), None);
    }
}
