//! A grading's reports, made from its records alone (so a merge of shards makes the
//! same reports as one run): JUnit XML for CI, CSV, a self-contained HTML leaderboard
//! and the table on the terminal.

use super::store::{Meta, Records};
use crate::report::esc;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What the reports need of a record: its figures and first failure, not every test.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub candidate: String,
    pub problem: String,
    pub source: Option<String>,
    /// Why the pair was not graded.
    pub error: Option<String>,
    pub language: Option<String>,
    pub summary: Option<Figures>,
    pub normalized_sha256: Option<String>,
    /// Why it failed, in one line and then in detail.
    failure: Option<(String, String)>,
    /// CPU seconds of all tests.
    seconds: f64,
    /// Other candidates who handed in the same program (whitespace and comments aside).
    pub identical: Vec<String>,
}

/// A record as written.
#[derive(Deserialize)]
struct Record {
    candidate: String,
    problem: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    summary: Option<Figures>,
    #[serde(default)]
    compile: Option<Compile>,
    #[serde(default)]
    tests: Vec<Test>,
    #[serde(default)]
    normalized_sha256: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Figures {
    pub verdict: String,
    pub passed: usize,
    pub total: usize,
    pub score: f64,
    pub cpu_ms_max: u64,
    pub memory_kib_max: u64,
}

#[derive(Deserialize)]
struct Compile {
    message: String,
}

#[derive(Deserialize)]
struct Test {
    name: String,
    verdict: String,
    cpu_ms: u64,
    #[serde(default)]
    detail: String,
}

impl From<Record> for Outcome {
    fn from(r: Record) -> Outcome {
        let failure = match (&r.error, &r.summary) {
            (Some(e), _) => Some((e.clone(), e.clone())),
            (None, Some(s)) if s.verdict == "CE" => Some((
                "CE: does not compile".into(),
                r.compile.map(|c| c.message).unwrap_or_default(),
            )),
            (None, Some(s)) if s.verdict != "AC" => {
                r.tests.iter().find(|t| t.verdict != "AC").map(|t| {
                    (
                        format!(
                            "{} on test {} ({} of {} passed)",
                            t.verdict, t.name, s.passed, s.total
                        ),
                        format!("test {}: {}", t.name, t.detail),
                    )
                })
            }
            _ => None,
        };
        Outcome {
            seconds: r.tests.iter().map(|t| t.cpu_ms).sum::<u64>() as f64 / 1000.0,
            candidate: r.candidate,
            problem: r.problem,
            source: r.source,
            error: r.error,
            language: r.language,
            summary: r.summary,
            normalized_sha256: r.normalized_sha256,
            failure,
            identical: Vec::new(),
        }
    }
}

impl Outcome {
    pub fn graded(&self) -> bool {
        self.error.is_none() && self.summary.is_some()
    }

    pub fn passed(&self) -> bool {
        self.summary.as_ref().is_some_and(|s| s.verdict == "AC")
    }

    /// Points out of 100: the share of tests passed, rounded down.
    pub fn points(&self) -> u64 {
        self.summary
            .as_ref()
            .map_or(0, |s| (s.score * 100.0 + 1e-9).floor() as u64)
    }

    pub fn verdict(&self) -> &str {
        match &self.summary {
            Some(s) if self.error.is_none() => &s.verdict,
            _ => "not graded",
        }
    }
}

/// The records as outcomes, each with the candidates who handed in the same program.
pub fn outcomes(records: &Records) -> Vec<Outcome> {
    let mut outcomes: Vec<Outcome> = records
        .values()
        .filter_map(|line| serde_json::from_str::<Record>(line).ok())
        .map(Outcome::from)
        .collect();
    let mut same: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for o in outcomes.iter().filter(|o| o.graded()) {
        if let Some(h) = &o.normalized_sha256 {
            same.entry((o.problem.clone(), h.clone()))
                .or_default()
                .push(o.candidate.clone());
        }
    }
    for o in &mut outcomes {
        if let Some(h) = o.normalized_sha256.clone().filter(|_| o.graded()) {
            o.identical = same[&(o.problem.clone(), h)]
                .iter()
                .filter(|c| **c != o.candidate)
                .cloned()
                .collect();
        }
    }
    outcomes
}

/// Per candidate: their outcomes (records come in (candidate, problem) order).
fn by_candidate(outcomes: &[Outcome]) -> Vec<(&str, Vec<&Outcome>)> {
    outcomes
        .chunk_by(|a, b| a.candidate == b.candidate)
        .map(|mine| (mine[0].candidate.as_str(), mine.iter().collect()))
        .collect()
}

/// JUnit XML: a testsuite per candidate, a testcase per problem; a failed pair has a
/// `failure` with its first failing test, an ungraded one an `error`.
pub fn junit(outcomes: &[Outcome]) -> String {
    let count = |os: &[&Outcome]| {
        let failures = os.iter().filter(|o| o.graded() && !o.passed()).count();
        let errors = os.iter().filter(|o| !o.graded()).count();
        let time: f64 = os.iter().map(|o| o.seconds).sum();
        (os.len(), failures, errors, time)
    };
    let all: Vec<&Outcome> = outcomes.iter().collect();
    let (tests, failures, errors, time) = count(&all);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"grind grade\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{time:.3}\">"
    );
    for (candidate, mine) in by_candidate(outcomes) {
        let (tests, failures, errors, time) = count(&mine);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\" time=\"{time:.3}\">",
            esc(candidate)
        );
        for o in mine {
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"{}\" time=\"{:.3}\"",
                esc(&o.problem),
                esc(candidate),
                o.seconds
            );
            match &o.failure {
                None => out += "/>\n",
                Some((message, detail)) => {
                    let (element, kind) = if o.graded() {
                        ("failure", o.verdict().to_string())
                    } else {
                        ("error", "not graded".to_string())
                    };
                    let _ = writeln!(
                        out,
                        ">\n      <{element} message=\"{}\" type=\"{}\">{}</{element}>\n    </testcase>",
                        esc(message),
                        esc(&kind),
                        esc(&xml_text(detail))
                    );
                }
            }
        }
        out += "  </testsuite>\n";
    }
    out += "</testsuites>\n";
    out
}

/// Text XML 1.0 may hold: control characters other than tab and newlines go.
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// One row per pair.
pub fn csv(outcomes: &[Outcome]) -> String {
    let mut out = String::from(
        "candidate,problem,verdict,points,passed,total,cpu_ms_max,memory_kib_max,language,source,identical_with,error\n",
    );
    for o in outcomes {
        let s = o.summary.as_ref();
        let cells = [
            o.candidate.clone(),
            o.problem.clone(),
            o.verdict().to_string(),
            if o.graded() {
                o.points().to_string()
            } else {
                String::new()
            },
            s.map(|s| s.passed.to_string()).unwrap_or_default(),
            s.map(|s| s.total.to_string()).unwrap_or_default(),
            s.map(|s| s.cpu_ms_max.to_string()).unwrap_or_default(),
            s.map(|s| s.memory_kib_max.to_string()).unwrap_or_default(),
            o.language.clone().unwrap_or_default(),
            o.source.clone().unwrap_or_default(),
            o.identical.join(" "),
            o.error.clone().unwrap_or_default(),
        ];
        let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out += &row.join(",");
        out.push('\n');
    }
    out
}

fn csv_cell(text: &str) -> String {
    // A leading = + - @ would be a formula in a spreadsheet: a quote keeps it text.
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Candidates with their total points, best first (ties by name).
fn ranking(outcomes: &[Outcome]) -> Vec<(usize, &str, u64, Vec<&Outcome>)> {
    let mut rows: Vec<(&str, u64, Vec<&Outcome>)> = by_candidate(outcomes)
        .into_iter()
        .map(|(c, mine)| (c, mine.iter().map(|o| o.points()).sum(), mine))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut ranked = Vec::new();
    for (i, (c, total, mine)) in rows.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some((r, _, t, _)) if *t == total => *r,
            _ => i + 1,
        };
        ranked.push((rank, c, total, mine));
    }
    ranked
}

/// The terminal's table: a row per candidate, a column per problem.
pub fn table(meta: &Meta, outcomes: &[Outcome]) -> String {
    let width = meta
        .candidates
        .iter()
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0)
        .max("candidate".len());
    let cols: Vec<usize> = meta.problems.iter().map(|p| p.len().max(10)).collect();
    let mut out = format!("{:>4}  {:<width$}", "rank", "candidate");
    for (p, w) in meta.problems.iter().zip(&cols) {
        let _ = write!(out, "  {p:<w$}");
    }
    out += "  total\n";
    for (rank, candidate, total, mine) in ranking(outcomes) {
        let _ = write!(out, "{rank:>4}  {candidate:<width$}");
        for (p, w) in meta.problems.iter().zip(&cols) {
            let cell = match mine.iter().find(|o| &o.problem == p) {
                Some(o) if o.graded() => format!("{:>3} {}", o.points(), o.verdict()),
                Some(_) => "not graded".into(),
                None => "-".into(),
            };
            let _ = write!(out, "  {cell:<w$}");
        }
        let _ = writeln!(out, "  {total}");
    }
    out
}

/// A self-contained page (no scripts, fonts or images from anywhere): the
/// leaderboard, each problem's pass rate, the slowest solutions, identical solutions
/// and what could not be graded.
pub fn html(meta: &Meta, outcomes: &[Outcome]) -> String {
    let mut board = String::new();
    for (rank, candidate, total, mine) in ranking(outcomes) {
        let _ = write!(
            board,
            "<tr class=\"candidate\"><td class=\"num\">{rank}</td><td>{}</td>",
            esc(candidate)
        );
        for p in &meta.problems {
            let cell = match mine.iter().find(|o| &o.problem == p) {
                Some(o) if o.graded() => {
                    let class = if o.passed() { "pass" } else { "fail" };
                    let copy = if o.identical.is_empty() {
                        String::new()
                    } else {
                        format!(
                            " <span class=\"identical\" title=\"same program as {}\">≡</span>",
                            esc(&o.identical.join(", "))
                        )
                    };
                    let title = o.failure.as_ref().map(|f| f.0.as_str()).unwrap_or_default();
                    format!(
                        "<td class=\"num {class}\" title=\"{}\">{} <small>{}</small>{copy}</td>",
                        esc(title),
                        o.points(),
                        esc(o.verdict())
                    )
                }
                Some(o) => format!(
                    "<td class=\"ungraded\" title=\"{}\">not graded</td>",
                    esc(o.error.as_deref().unwrap_or_default())
                ),
                None => "<td>-</td>".into(),
            };
            board += &cell;
        }
        let _ = writeln!(board, "<td class=\"num total\">{total}</td></tr>");
    }
    let heads: String = meta
        .problems
        .iter()
        .map(|p| format!("<th>{}</th>", esc(p)))
        .collect();
    let mut rates = String::new();
    for p in &meta.problems {
        let of: Vec<&Outcome> = outcomes.iter().filter(|o| &o.problem == p).collect();
        let graded: Vec<&&Outcome> = of.iter().filter(|o| o.graded()).collect();
        let passed = graded.iter().filter(|o| o.passed()).count();
        let mean = if graded.is_empty() {
            0.0
        } else {
            graded.iter().map(|o| o.points() as f64).sum::<f64>() / graded.len() as f64
        };
        let rate = if graded.is_empty() {
            0.0
        } else {
            100.0 * passed as f64 / graded.len() as f64
        };
        let _ = writeln!(
            rates,
            "<tr class=\"problem\"><td>{}</td><td class=\"num\">{passed} of {}</td><td class=\"num\">{rate:.0}%</td><td class=\"num\">{mean:.1}</td><td class=\"num\">{}</td></tr>",
            esc(p),
            graded.len(),
            of.len() - graded.len()
        );
    }
    let mut slow: Vec<&Outcome> = outcomes.iter().filter(|o| o.graded()).collect();
    slow.sort_by_key(|o| std::cmp::Reverse(o.summary.as_ref().map_or(0, |s| s.cpu_ms_max)));
    let slowest: String = slow
        .iter()
        .take(10)
        .map(|o| {
            let s = o.summary.as_ref().expect("graded");
            format!(
                "<tr class=\"slow\"><td>{}</td><td>{}</td><td class=\"num\">{} ms</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
                esc(&o.candidate),
                esc(&o.problem),
                s.cpu_ms_max,
                crate::units::format_kib(s.memory_kib_max),
                esc(o.verdict())
            )
        })
        .collect();
    let copies: String = outcomes
        .iter()
        .filter(|o| !o.identical.is_empty())
        .map(|o| {
            format!(
                "<li class=\"copy\">{} — {}: the same program as {}</li>\n",
                esc(&o.problem),
                esc(&o.candidate),
                esc(&o.identical.join(", "))
            )
        })
        .collect();
    let ungraded: String = outcomes
        .iter()
        .filter(|o| !o.graded())
        .map(|o| {
            format!(
                "<li class=\"ungraded\">{} — {}: {}</li>\n",
                esc(&o.candidate),
                esc(&o.problem),
                esc(o.error.as_deref().unwrap_or_default())
            )
        })
        .collect();
    let list = |items: String, none: &str| {
        if items.is_empty() {
            format!("<p>{none}</p>")
        } else {
            format!("<ul>\n{items}</ul>")
        }
    };
    let graded = outcomes.iter().filter(|o| o.graded()).count();
    let shard = meta
        .shard
        .as_ref()
        .map(|s| format!(", shard {}", esc(s)))
        .unwrap_or_default();
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>grind grade: {candidates} candidates</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; max-width: 72rem; }}
.scroll {{ overflow-x: auto; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.3rem 0.6rem; text-align: left; white-space: nowrap; }}
.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.pass {{ background: #e8f5e9; }}
.fail {{ background: #ffebee; }}
.ungraded {{ background: #fff8e1; }}
.total {{ font-weight: bold; }}
.identical {{ color: #6a1b9a; font-weight: bold; }}
li {{ overflow-wrap: anywhere; }}
</style>
</head>
<body>
<h1>Grading results</h1>
<p id="summary">{candidates} candidates, {problems} problems: {graded} of {pairs} pairs graded{shard}.</p>
<h2>Leaderboard</h2>
<div class="scroll"><table id="leaderboard">
<thead><tr><th>rank</th><th>candidate</th>{heads}<th>total</th></tr></thead>
<tbody>
{board}</tbody>
</table></div>
<h2>Problems</h2>
<div class="scroll"><table id="problems">
<thead><tr><th>problem</th><th>accepted</th><th>pass rate</th><th>mean points</th><th>not graded</th></tr></thead>
<tbody>
{rates}</tbody>
</table></div>
<h2>Slowest solutions</h2>
<div class="scroll"><table id="slowest">
<thead><tr><th>candidate</th><th>problem</th><th>slowest test (CPU)</th><th>memory</th><th>verdict</th></tr></thead>
<tbody>
{slowest}</tbody>
</table></div>
<h2>Identical solutions</h2>
<div id="identical">{copies}</div>
<h2>Not graded</h2>
<div id="not-graded">{ungraded}</div>
</body>
</html>
"#,
        candidates = meta.candidates.len(),
        problems = meta.problems.len(),
        pairs = outcomes.len(),
        copies = list(copies, "No two candidates handed in the same program."),
        ungraded = list(ungraded, "Every pair was graded."),
    )
}
