//! `grind check`: checks problem folders and prints the findings per problem.

use super::{Status, print_json};
use crate::check::{self, ProblemCheck};
use crate::error::{Error, Result};
use crate::language::Languages;
use crate::report::Look;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

pub fn run(
    problems: Vec<String>,
    all: bool,
    jobs: usize,
    json: bool,
    look: &Look,
) -> Result<Status> {
    let dirs: Vec<PathBuf> = if all {
        crate::bank::folders()
    } else if problems.is_empty() {
        return Err(Error::new("name the problems to check, or pass --all")
            .help("grind check two-sum ./my-problem, or grind check --all"));
    } else {
        problems
            .iter()
            .map(|p| {
                let path = PathBuf::from(p);
                if path.join("problem.yaml").is_file() {
                    Ok(path)
                } else {
                    crate::bank::find(p).map(|pr| pr.dir)
                }
            })
            .collect::<Result<_>>()?
    };
    let languages = Languages::load()?;
    let results = check_all(&dirs, &languages, jobs, |check| {
        if json {
            return;
        }
        println!("{}", look.bold(&check.problem));
        for f in &check.findings {
            let mark = if f.ok {
                look.dim("  ok  ")
            } else {
                look.fail("  FAIL")
            };
            println!("{mark} {:<44} {}", f.what, f.detail);
        }
    });
    let failed: Vec<&str> = results
        .iter()
        .filter(|r| !r.ok)
        .map(|r| r.problem.as_str())
        .collect();
    if json {
        print_json(&results);
    } else if failed.is_empty() {
        println!("\n{} problem(s) checked, all sound", results.len());
    } else {
        println!(
            "\n{} problem(s) checked, {} with problems: {}",
            results.len(),
            failed.len(),
            failed.join(", ")
        );
    }
    Ok(if failed.is_empty() {
        Status::Ok
    } else {
        Status::NotAccepted
    })
}

/// Checks the problems `jobs` at a time (one test at a time each), so that one
/// problem's compiles overlap another's runs; a single problem gets all `jobs` for its
/// tests. Each result is shown, in the given order, as soon as it and those before it
/// are done.
fn check_all(
    dirs: &[PathBuf],
    languages: &Languages,
    jobs: usize,
    mut show: impl FnMut(&ProblemCheck),
) -> Vec<ProblemCheck> {
    let workers = jobs.clamp(1, dirs.len().max(1));
    let per_problem = if workers > 1 { 1 } else { jobs };
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut done: BTreeMap<usize, ProblemCheck> = BTreeMap::new();
    let mut results = Vec::new();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next) = (tx.clone(), &next);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(dir) = dirs.get(i) else { return };
                    let result = check::check(dir, languages, per_problem);
                    if tx.send((i, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (i, result) in rx {
            done.insert(i, result);
            while let Some(result) = done.remove(&results.len()) {
                show(&result);
                results.push(result);
            }
        }
    });
    results
}
