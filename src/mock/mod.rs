//! Timed mock assessments: choosing the problems of a session, and scoring it as
//! online assessments do (the last submission of each problem counts; the best is
//! shown beside it).

use crate::error::{Error, Result};
use crate::history::{History, Mock, ProblemStat, Submission};
use crate::problem::{Difficulty, Problem};
use crate::verdict::Verdict;
use serde::Serialize;
use std::path::Path;

pub mod render;

/// The most problems a session may have.
const MAX_PROBLEMS: usize = 10;

/// A kind of session: one difficulty set per problem slot, and a duration.
pub struct Preset {
    pub name: &'static str,
    pub slots: Vec<Vec<Difficulty>>,
    pub minutes: u64,
}

/// The presets: `oa` (2 problems, 90 min), `oa-short` (2 in 70), `sprint` (3 easy in 45).
pub fn preset(name: &str) -> Result<Preset> {
    use Difficulty::*;
    Ok(match name {
        "oa" => Preset {
            name: "oa",
            slots: vec![vec![Medium], vec![Medium, Hard]],
            minutes: 90,
        },
        "oa-short" => Preset {
            name: "oa-short",
            slots: vec![vec![Easy, Medium], vec![Medium, Hard]],
            minutes: 70,
        },
        "sprint" => Preset {
            name: "sprint",
            slots: vec![vec![Easy], vec![Easy], vec![Easy]],
            minutes: 45,
        },
        other => {
            return Err(Error::new(format!("unknown preset `{other}`")).help(
                "presets: oa (2 problems, 90 min), oa-short (2 in 70), sprint (3 easy in 45)",
            ));
        }
    })
}

/// What a session is: its name, its slots and its length, from a preset or from the
/// user's own choice of problem count and difficulties (a custom session).
#[derive(Debug)]
pub struct Shape {
    pub name: String,
    pub slots: Vec<Vec<Difficulty>>,
    pub duration_ms: i64,
}

impl Shape {
    /// `problems` and `difficulty` make a custom session (2 problems of any level by
    /// default); `duration` (e.g. "75m") or `minutes` replace the preset's length.
    pub fn of(
        preset_name: &str,
        problems: Option<usize>,
        difficulty: &[String],
        duration: Option<&str>,
        minutes: Option<u64>,
    ) -> Result<Shape> {
        let preset = preset(preset_name)?;
        if let Some(n) = problems
            && !(1..=MAX_PROBLEMS).contains(&n)
        {
            return Err(Error::new(format!("--problems {n} is out of range"))
                .help(format!("a session has 1 to {MAX_PROBLEMS} problems")));
        }
        let custom = problems.is_some() || !difficulty.is_empty();
        let (name, slots) = if custom {
            let levels: Vec<Difficulty> = if difficulty.is_empty() {
                vec![Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
            } else {
                difficulty
                    .iter()
                    .map(|d| d.parse::<Difficulty>())
                    .collect::<std::result::Result<_, _>>()?
            };
            ("custom".to_string(), vec![levels; problems.unwrap_or(2)])
        } else {
            (preset.name.to_string(), preset.slots)
        };
        let duration_ms = match (duration, minutes) {
            (Some(d), _) => {
                // A bare number is seconds in problem files, but a session of "3" is
                // far likelier meant as minutes: ask for the unit.
                if d.trim().chars().all(|c| c.is_ascii_digit() || c == '.') {
                    return Err(Error::new(format!("--duration {d} has no unit"))
                        .help(format!("write {d}s, {d}m or {d}h (at most 24 hours)")));
                }
                crate::units::parse_duration(d)
                    .map_err(|m| Error::new(format!("invalid --duration: {m}")))?
                    .as_millis() as i64
            }
            (None, Some(m)) if (1..=24 * 60).contains(&m) => m as i64 * 60_000,
            (None, Some(m)) => {
                return Err(Error::new(format!("--minutes {m} is out of range")).help(
                    "a session lasts 1 to 1440 minutes (24 hours); --duration 20s for less",
                ));
            }
            (None, None) => preset.minutes as i64 * 60_000,
        };
        Ok(Shape {
            name,
            slots,
            duration_ms,
        })
    }
}

/// The mock a solution file belongs to: files in a mock's folder are its submissions.
pub fn of_file(history: &History, file: &Path) -> Result<Option<Mock>> {
    let Ok(file) = file.canonicalize() else {
        return Ok(None);
    };
    Ok(history
        .mocks(100)?
        .into_iter()
        .find(|m| file.starts_with(&m.folder)))
}

/// The running mock that keeps `problem`'s hidden tests secret, if any: while it runs,
/// no command shows their content, and hints and solutions of the problem are refused.
pub fn keeper(history: &History, problem: &str) -> Result<Option<Mock>> {
    Ok(history
        .mock(None)?
        .filter(|m| m.running() && m.problems.iter().any(|p| p.id == problem)))
}

/// [`keeper`] for a command that has no history open (`grind test`): none without a
/// readable history file, whose problems `grind submit` would report anyway.
pub fn keeper_of(problem: &str) -> Option<Mock> {
    if !crate::paths::home().join("history.db").is_file() {
        return None;
    }
    History::open_read()
        .and_then(|h| keeper(&h, problem))
        .ok()
        .flatten()
}

/// Refuses a hint or the solution of a problem a running mock keeps secret.
pub fn refuse_help(history: &History, problem: &str, what: &str) -> Result<()> {
    match keeper(history, problem)? {
        Some(m) => Err(Error::new(format!(
            "`{problem}` is in mock #{}, which is running: no {what} until it ends ({} left)",
            m.id,
            clock(m.deadline_ms - crate::history::now_ms())
        ))
        .help("`grind mock finish` ends the mock early; its report then shows everything")),
        None => Ok(()),
    }
}

/// Whether `mock` takes a submission of `problem` now: it must be running and the
/// problem one of its own.
pub fn admit(mock: &Mock, problem: &str) -> Result<()> {
    if !mock.running() {
        return Err(Error::new(format!(
            "mock #{} has ended; this submission is refused and does not count",
            mock.id
        ))
        .help(
            "`grind mock report` shows the result; submit from outside the mock folder to practise",
        ));
    }
    if !mock.problems.iter().any(|p| p.id == problem) {
        let ids: Vec<&str> = mock.problems.iter().map(|p| p.id.as_str()).collect();
        return Err(Error::new(format!(
            "`{problem}` is not part of mock #{} ({})",
            mock.id,
            ids.join(", ")
        )));
    }
    Ok(())
}

/// Checked again after judging: judging time is not extra time.
pub fn still_counts(mock: &Mock) -> Result<()> {
    if crate::history::now_ms() > mock.deadline_ms {
        return Err(Error::new(format!(
            "mock #{}'s time ran out while judging; this submission does not count",
            mock.id
        )));
    }
    Ok(())
}

/// Picks one problem per slot, preferring problems not yet solved, in an order that
/// depends on `seed` (so each session differs).
pub fn select(
    bank: &[Problem],
    stats: &[ProblemStat],
    slots: &[Vec<Difficulty>],
    tags: &[String],
    seed: u64,
) -> Result<Vec<Problem>> {
    let solved = |id: &str| stats.iter().any(|s| s.problem == id && s.solved);
    let order = |id: &str| {
        use sha2::{Digest, Sha256};
        let h = Sha256::digest(format!("{seed}/{id}").as_bytes());
        u64::from_le_bytes(h[..8].try_into().expect("8 bytes"))
    };
    let mut chosen: Vec<Problem> = Vec::new();
    for slot in slots {
        let fits = |p: &&Problem| {
            slot.contains(&p.meta.difficulty)
                && (tags.is_empty() || p.meta.tags.iter().any(|t| tags.contains(t)))
        };
        let pick = bank
            .iter()
            .filter(fits)
            .filter(|p| !chosen.iter().any(|c| c.id == p.id))
            .min_by_key(|p| (solved(&p.id), order(&p.id)));
        match pick {
            Some(p) => chosen.push(p.clone()),
            None => {
                let levels: Vec<&str> = slot.iter().map(|d| d.as_str()).collect();
                let tag_note = if tags.is_empty() {
                    String::new()
                } else {
                    format!(" and tags {}", tags.join(", "))
                };
                let have = bank.iter().filter(fits).count();
                return Err(Error::new(format!(
                    "no problem left in the bank with difficulty {}{tag_note}: it has {have}, the session asks for {}",
                    levels.join("/"),
                    slots.len()
                ))
                .help("widen --difficulty or --tags, or ask for fewer --problems"));
            }
        }
    }
    Ok(chosen)
}

#[derive(Debug, Clone, Serialize)]
pub struct ProblemScore {
    pub problem: String,
    pub title: String,
    /// The last submission's score, in points out of 100: what counts.
    pub counted: f64,
    pub best: f64,
    pub verdict: Option<Verdict>,
    pub attempts: usize,
    /// Milliseconds from the start to the first full score.
    pub first_full_ms: Option<i64>,
    /// Milliseconds from the start to the last submission.
    pub time_spent_ms: Option<i64>,
    pub counted_submission: Option<i64>,
    /// Failing tests of the counted submission: (name, verdict).
    pub failing: Vec<(String, Verdict)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub at_ms: i64,
    pub problem: String,
    pub score: f64,
    pub verdict: Verdict,
    pub submission: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct MockReport {
    pub mock: Mock,
    pub running: bool,
    pub remaining_ms: i64,
    pub total: f64,
    pub best_total: f64,
    pub max_total: f64,
    pub problems: Vec<ProblemScore>,
    pub timeline: Vec<Event>,
}

fn points(s: &Submission) -> f64 {
    (s.score * 1000.0).floor() / 10.0
}

/// Scores a mock from its submissions.
pub fn report(history: &History, mock: Mock) -> Result<MockReport> {
    let subs = history.mock_submissions(mock.id)?;
    let mut problems = Vec::new();
    for p in &mock.problems {
        let mine: Vec<&Submission> = subs.iter().filter(|s| s.problem == p.id).collect();
        let last = mine.last();
        let failing = match last {
            Some(s) => history
                .tests_of(s.id)?
                .into_iter()
                .filter(|t| !t.verdict.is_accepted())
                .map(|t| (t.name, t.verdict))
                .collect(),
            None => vec![],
        };
        problems.push(ProblemScore {
            problem: p.id.clone(),
            title: p.title.clone(),
            counted: last.map_or(0.0, |s| points(s)),
            best: mine.iter().map(|s| points(s)).fold(0.0, f64::max),
            verdict: last.map(|s| s.verdict),
            attempts: mine.len(),
            first_full_ms: mine
                .iter()
                .find(|s| s.verdict.is_accepted())
                .map(|s| s.created_ms - mock.started_ms),
            time_spent_ms: last.map(|s| s.created_ms - mock.started_ms),
            counted_submission: last.map(|s| s.id),
            failing,
        });
    }
    let timeline = subs
        .iter()
        .map(|s| Event {
            at_ms: s.created_ms - mock.started_ms,
            problem: s.problem.clone(),
            score: points(s),
            verdict: s.verdict,
            submission: s.id,
        })
        .collect();
    Ok(MockReport {
        running: mock.running(),
        remaining_ms: (mock.end_ms() - crate::history::now_ms()).max(0),
        total: problems.iter().map(|p| p.counted).sum(),
        best_total: problems.iter().map(|p| p.best).sum(),
        max_total: 100.0 * mock.problems.len() as f64,
        problems,
        timeline,
        mock,
    })
}

/// "1:05:09" or "4:07".
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}
