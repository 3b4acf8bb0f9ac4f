//! Rendering judging results for people: progress while it runs, then a table of
//! tests, the failing cases in detail, and a one-line summary.

use crate::diff;
use crate::judging::{Event, Report, TestResult};
use crate::units::format_kib;
use crate::verdict::Verdict;
use crate::visible;
use console::Style;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::fmt::Write as _;

/// Colour decision and terminal width, made once in `main`.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub color: bool,
    /// The terminal's columns; `usize::MAX` when stdout is not a terminal, so piped
    /// output is never cut or wrapped (unless COLUMNS says a width).
    pub width: usize,
    /// Progress bars only on an interactive stderr.
    pub progress: bool,
}

impl Look {
    fn style(&self, s: Style) -> Style {
        if self.color { s } else { Style::new() }
    }

    pub fn verdict(&self, v: Verdict) -> String {
        let s = match v {
            Verdict::AC => Style::new().green().bold(),
            Verdict::WA => Style::new().red().bold(),
            Verdict::CE | Verdict::IE => Style::new().magenta().bold(),
            _ => Style::new().yellow().bold(),
        };
        self.style(s)
            .apply_to(format!("{:<3}", v.as_str()))
            .to_string()
    }

    /// A failure mark, red on a terminal.
    pub fn fail(&self, text: &str) -> String {
        self.style(Style::new().red().bold())
            .apply_to(text)
            .to_string()
    }

    pub fn dim(&self, text: &str) -> String {
        self.style(Style::new().dim()).apply_to(text).to_string()
    }

    pub fn bold(&self, text: &str) -> String {
        self.style(Style::new().bold()).apply_to(text).to_string()
    }
}

/// Text made safe for HTML and XML, in content and in quoted attributes.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Shows compile and test progress on stderr.
pub struct Progress {
    look: Look,
    bar: Option<ProgressBar>,
    quiet: bool,
}

impl Progress {
    /// `quiet` (for `--json`) shows nothing.
    pub fn new(look: Look, quiet: bool) -> Progress {
        Progress {
            look,
            bar: None,
            quiet,
        }
    }

    pub fn on(&mut self, event: Event) {
        if self.quiet {
            return;
        }
        match event {
            Event::Compiling { language, file } => {
                if self.look.progress {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {msg}").expect("valid template"),
                    );
                    bar.set_message(format!("building {} ({language})", file.display()));
                    bar.enable_steady_tick(std::time::Duration::from_millis(100));
                    self.bar = Some(bar);
                }
            }
            Event::Compiled(info) => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
                let how = if info.cached {
                    "build cached".to_string()
                } else if info.ok {
                    format!("built in {} ms", info.wall_ms)
                } else {
                    "compilation failed".to_string()
                };
                eprintln!("{}", self.look.dim(&how));
            }
            Event::Preparing { made, total } => {
                if made == 1 && self.look.progress {
                    let bar = ProgressBar::with_draw_target(
                        Some(total as u64),
                        ProgressDrawTarget::stderr(),
                    );
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{bar:30.cyan/blue} {pos}/{len} generated tests made (once; then cached)",
                        )
                        .expect("valid template")
                        .progress_chars("━╸ "),
                    );
                    self.bar = Some(bar);
                }
                if let Some(bar) = &self.bar {
                    bar.set_position(made as u64);
                }
                if made == total {
                    if let Some(bar) = self.bar.take() {
                        bar.finish_and_clear();
                    }
                    eprintln!(
                        "{}",
                        self.look.dim(&format!(
                            "made {total} generated tests (cached from now on)"
                        ))
                    );
                }
            }
            Event::Testing { total } => {
                if self.look.progress {
                    let bar = ProgressBar::with_draw_target(
                        Some(total as u64),
                        ProgressDrawTarget::stderr(),
                    );
                    bar.set_style(
                        ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} tests {msg}")
                            .expect("valid template")
                            .progress_chars("━╸ "),
                    );
                    self.bar = Some(bar);
                }
            }
            Event::TestDone(result) => {
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                    if result.verdict != Verdict::AC {
                        bar.set_message(format!(
                            "{} on {}",
                            result.verdict.as_str(),
                            visible::text(&result.name)
                        ));
                    }
                }
            }
        }
    }

    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// The table, the failing cases and the summary. `all_failures` shows every failing
/// test in detail (`--verbose`), else only the first.
pub fn render(report: &Report, look: &Look, all_failures: bool, hide_hidden: bool) -> String {
    let mut out = String::new();
    if !report.compile.ok {
        let _ = writeln!(
            out,
            "{} {}",
            look.verdict(Verdict::CE),
            look.bold("Compilation Error")
        );
        for line in visible::text(&report.compile.message).lines() {
            let _ = writeln!(out, "  {line}");
        }
        return out;
    }
    if !report.tests.is_empty() {
        let name_w = report
            .tests
            .iter()
            .map(|t| t.name.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let _ = writeln!(
            out,
            "{}",
            look.dim(&format!(
                "  {:<name_w$}  verdict  {:>8}  {:>9}  detail",
                "test", "cpu", "memory"
            ))
        );
        for t in &report.tests {
            let detail = visible::fit(
                &visible::text(&t.detail),
                look.width.saturating_sub(name_w + 34).max(30),
            );
            let _ = writeln!(
                out,
                "  {:<name_w$}  {}      {:>8}  {:>9}  {}",
                visible::text(&t.name),
                look.verdict(t.verdict),
                format!("{} ms", t.cpu_ms),
                format_kib(t.memory_kib),
                detail
            );
        }
    }
    let failures: Vec<&TestResult> = report
        .tests
        .iter()
        .filter(|t| t.verdict != Verdict::AC)
        .collect();
    for t in failures
        .iter()
        .take(if all_failures { usize::MAX } else { 1 })
    {
        out.push('\n');
        out += &failure(t, look, hide_hidden && !t.sample, &report.input_names);
    }
    let s = &report.summary;
    let skipped = s.total - report.tests.len();
    let mut parts = vec![format!(
        "{} {}  {}/{} tests passed",
        look.verdict(s.verdict),
        look.bold(s.verdict.long_name()),
        s.passed,
        s.total
    )];
    if skipped > 0 {
        parts.push(format!(
            "({skipped} not run after the first failure; --keep-going runs all)"
        ));
    }
    parts.push(format!("max cpu {} ms", s.cpu_ms_max));
    parts.push(format!("max memory {}", format_kib(s.memory_kib_max)));
    if let Some(l) = &report.limits {
        parts.push(look.dim(&format!(
            "(limits {} ms, {} MiB)",
            l.cpu_ms,
            l.memory_kib / 1024
        )));
    }
    let _ = writeln!(out, "\n{}", wrap(&parts, look.width));
    out
}

/// Joins the parts of a summary with " · ", starting a new (indented) line before a
/// part that would pass `width`, so that a terminal never breaks a word.
pub fn wrap(parts: &[String], width: usize) -> String {
    let mut out = String::new();
    let mut column = 0;
    for (i, part) in parts.iter().enumerate() {
        let w = console::measure_text_width(part);
        if i > 0 && column + 5 + w > width {
            out += "\n  ";
            column = 2;
        } else if i > 0 {
            out += "  ·  ";
            column += 5;
        }
        out += part;
        column += w;
    }
    out
}

/// One failing test in detail: input (its lines labelled by `names`, for a
/// function-signature problem), expected vs actual, stderr.
pub fn failure(t: &TestResult, look: &Look, hidden: bool, names: &[String]) -> String {
    let mut out = format!(
        "{} {} on test {}\n",
        look.verdict(t.verdict),
        look.bold(t.verdict.long_name()),
        look.bold(&visible::text(&t.name))
    );
    if !t.detail.is_empty() {
        let _ = writeln!(out, "  {}", visible::text(&t.detail));
    }
    if hidden {
        let _ = writeln!(
            out,
            "  {}",
            look.dim("(hidden test: its content is not shown)")
        );
        return out;
    }
    let _ = writeln!(out, "{}", look.dim("  input:"));
    let input = std::fs::read(&t.input).unwrap_or_default();
    for line in diff::input_of(&input, names).lines() {
        let _ = writeln!(out, "    {line}");
    }
    let ours = if t.returned {
        "returned"
    } else {
        "your output"
    };
    if let Some(transcript) = &t.transcript {
        out += &exchange(transcript, look);
    }
    match &t.window {
        Some(window) => out += &window.render(ours, look.width, look.color),
        _ if !t.output.is_empty() => {
            let _ = writeln!(out, "{}", look.dim(&format!("  {ours}:")));
            for line in diff::head_of(&t.output, 10, 2000).lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        _ => {}
    }
    if !t.printed.is_empty() {
        // As LeetCode's "Stdout": what the function printed, apart from its value.
        let _ = writeln!(out, "{}", look.dim("  your output (stdout):"));
        for line in diff::head_of(&t.printed, 10, 2000).lines() {
            let _ = writeln!(out, "    {line}");
        }
    }
    if !t.stderr.is_empty() && t.verdict != Verdict::AC {
        let _ = writeln!(out, "{}", look.dim("  stderr (end):"));
        let text = visible::bytes(&t.stderr);
        let lines: Vec<&str> = text.lines().collect();
        for line in &lines[lines.len().saturating_sub(8)..] {
            let _ = writeln!(out, "    {}", line.chars().take(200).collect::<String>());
        }
    }
    out
}

/// An interactive run's exchange, as the failure display and review show it.
pub fn exchange(transcript: &str, look: &Look) -> String {
    let mut out = format!(
        "{}\n",
        look.dim("  exchange (> your program sent, < it received):")
    );
    for line in transcript.lines() {
        let _ = writeln!(out, "    {line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn a_summary_wraps_between_its_parts() {
        let parts: Vec<String> = [
            "WA Wrong Answer  3/25 tests passed",
            "(21 not run after the first failure; --keep-going runs all)",
            "max cpu 1000 ms",
            "max memory 12.5 MiB",
            "(limits 2000 ms, 256 MiB)",
        ]
        .map(String::from)
        .to_vec();
        let narrow = wrap(&parts, 80);
        assert!(narrow.lines().all(|l| l.chars().count() <= 80), "{narrow}");
        for part in &parts {
            assert!(
                narrow.contains(part.as_str()),
                "{part} is whole in {narrow}"
            );
        }
        assert!(narrow.lines().count() > 1);
        let piped = wrap(&parts, usize::MAX);
        assert_eq!(piped.lines().count(), 1);
        assert!(piped.contains("max cpu 1000 ms  ·  max memory 12.5 MiB"));
    }
}
