//! `grind grade`: many candidates' solutions judged as `submit` judges one (the same
//! sandbox, limits, checkers and tests), with reports any CI shows. The pairs are dealt
//! into shards that separate CI jobs grade; `merge` joins their output folders into
//! the reports one run makes.
//!
//! `plan` finds the pairs, `store` keeps the output folder (and resumes it), `render`
//! writes the reports from the records alone.

mod plan;
mod render;
mod store;

pub use plan::{Pair, Plan, Shard};
pub use render::{Outcome, outcomes, table};
pub use store::{Meta, finish, merge, refuse_foreign};

use crate::error::Result;
use crate::judging::{Judge, Judging, Report, Tests, Which};
use crate::language::Languages;
use crate::problem::Problem;
use crate::verdict::Verdict;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use store::Head;

pub struct Options<'a> {
    pub out: &'a Path,
    pub shard: Option<Shard>,
    pub jobs: usize,
    /// Keep hidden tests' content (inputs, outputs, details) in the records.
    pub reveal: bool,
    /// Drop the records an earlier run left in `out`.
    pub restart: bool,
}

/// What the grading is doing, for progress display.
pub enum Step<'a> {
    /// `total` pairs to judge now; `kept` were judged by an earlier run.
    Start { total: usize, kept: usize },
    /// A pair judged, its record written.
    Done(&'a Pair),
}

pub struct Graded {
    pub meta: Meta,
    pub outcomes: Vec<Outcome>,
}

/// Grades the pairs of `plan` that `options.shard` takes, `options.jobs` at a time,
/// writing each record to the output folder as it is made, then the reports.
pub fn grade(
    plan: &Plan,
    languages: &Languages,
    options: &Options,
    on: &mut dyn FnMut(Step),
) -> Result<Graded> {
    let mine = plan.shard(options.shard);
    let mut planned: Vec<store::Key> = mine
        .iter()
        .map(|p| (p.candidate.clone(), p.problem.clone()))
        .collect();
    planned.sort();
    let meta = Meta {
        fingerprint: plan.fingerprint(),
        shard: options.shard.map(|s| s.to_string()),
        problems: plan.problems.iter().map(|p| p.id.clone()).collect(),
        candidates: plan.candidates.clone(),
        pairs: plan.pairs.len(),
        planned,
    };
    let earlier = store::earlier(options.out, &meta, options.restart)?;
    let mut records = store::Records::new();
    let mut todo: Vec<&Pair> = Vec::new();
    for pair in &mine {
        let key = (pair.candidate.clone(), pair.problem.clone());
        match &pair.fault {
            Some(fault) => {
                records.insert(key, not_graded(pair, fault).to_string());
            }
            // A record of the same file is kept; a changed file is judged again.
            None => match earlier.get(&key) {
                Some(line)
                    if Head::of(line).is_some_and(|h| {
                        h.error.is_none() && h.sha256.as_deref() == Some(&pair.sha256)
                    }) =>
                {
                    records.insert(key, line.clone());
                }
                _ => todo.push(pair),
            },
        }
    }
    let kept = records.len() - mine.iter().filter(|p| p.fault.is_some()).count();
    on(Step::Start {
        total: todo.len(),
        kept,
    });
    let mut out = store::Out::start(options.out, &meta, &records)?;
    // Each problem's tests are made once (generated answers included), then shared.
    let mut judge = Judge::with_languages(languages.clone())?;
    let mut prepared: HashMap<&str, std::result::Result<(&Problem, Tests), String>> =
        HashMap::new();
    for problem in &plan.problems {
        if todo.iter().any(|p| p.problem == problem.id) {
            let tests = judge
                .problem_tests(problem, Which::Submit, Path::new(""), &mut |_| {})
                .map(|t| (problem, t))
                .map_err(|e| format!("the problem's tests could not be made: {}", e.message));
            prepared.insert(&problem.id, tests);
        }
    }
    drop(judge);
    let workers = options.jobs.clamp(1, todo.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(&Pair, Value)>();
    let mut failure = None;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next, todo, prepared) = (tx.clone(), &next, &todo, &prepared);
            scope.spawn(move || {
                let mut judge = Judge::with_languages(languages.clone());
                loop {
                    let Some(pair) = todo.get(next.fetch_add(1, Ordering::SeqCst)) else {
                        return;
                    };
                    let record = match (&mut judge, &prepared[pair.problem.as_str()]) {
                        (Err(e), _) => not_graded(pair, &e.message),
                        (_, Err(why)) => not_graded(pair, why),
                        (Ok(judge), Ok((problem, tests))) => {
                            judge_pair(judge, problem, tests, pair, options.reveal)
                        }
                    };
                    if tx.send((pair, record)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (pair, record) in rx {
            let line = record.to_string();
            if failure.is_none()
                && let Err(e) = out.append(&line)
            {
                failure = Some(e);
            }
            on(Step::Done(pair));
            records.insert((pair.candidate.clone(), pair.problem.clone()), line);
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    store::finish(options.out, &meta, &records)?;
    Ok(Graded {
        outcomes: outcomes(&records),
        meta,
    })
}

/// Judges one pair as `submit` does; a failure of grind's or the problem's (a
/// toolchain missing, an internal error in a test) leaves the pair not graded.
fn judge_pair(
    judge: &mut Judge,
    problem: &Problem,
    tests: &Tests,
    pair: &Pair,
    reveal: bool,
) -> Value {
    let path = pair.path.as_deref().expect("a pair to judge has a file");
    let judged = Judging::for_problem(problem, path)
        .tests(tests.clone())
        .jobs(Some(1))
        .keep_going(true)
        .run(judge, &mut |_| {});
    let report: Report = match judged {
        Ok(r) => r,
        Err(e) => {
            let help = e.help.map(|h| format!(" ({h})")).unwrap_or_default();
            return not_graded(pair, &format!("{}{help}", e.message));
        }
    };
    if let Some(t) = report.tests.iter().find(|t| t.verdict == Verdict::IE) {
        return not_graded(
            pair,
            &format!(
                "test {} ended in an internal error, grind's or the problem's fault: {}",
                t.name, t.detail
            ),
        );
    }
    let mut record = serde_json::to_value(&*report.shown(!reveal)).expect("reports serialise");
    record["candidate"] = pair.candidate.as_str().into();
    record["problem"] = pair.problem.as_str().into();
    record["source"] = pair.source.as_deref().into();
    record["sha256"] = pair.sha256.as_str().into();
    record["normalized_sha256"] = pair.normalized.as_str().into();
    record
}

fn not_graded(pair: &Pair, why: &str) -> Value {
    json!({
        "candidate": pair.candidate,
        "problem": pair.problem,
        "source": pair.source,
        "error": why,
    })
}
