//! `grind test`, and the judging path that submit, review and watch share.

use super::{Status, default_jobs, print_json};
use crate::cli::TestArgs;
use crate::error::{Error, Result};
use crate::judge::{Limits, Settings};
use crate::language::Languages;
use crate::problem::{Problem, TestCase};
use crate::report::{self, Look, Progress};
use crate::sandbox::Spawner;
use crate::solve::{self, Options, Report};
use crate::{bank, generate};
use std::path::{Path, PathBuf};

pub fn run(args: TestArgs, verbose: bool, look: &Look) -> Result<Status> {
    let which = if args.all {
        Which::All
    } else {
        Which::Practice
    };
    let judged = judge(
        &args.problem,
        args.file,
        args.lang.as_deref(),
        which,
        args.jobs,
        args.keep_going,
        args.json,
        verbose,
        look,
    )?;
    show(&judged.report, args.json, verbose, false, look);
    Ok(status(&judged.report))
}

/// Which tests a judging uses.
#[derive(Clone, Copy, PartialEq)]
pub enum Which {
    /// Samples and the user's own tests (`grind test`).
    Practice,
    /// Samples, hidden tests and the user's own tests (`grind test --all`).
    All,
    /// Samples and hidden tests (`grind submit`).
    Submit,
}

pub struct Judged {
    pub problem: Problem,
    pub file: PathBuf,
    pub report: Report,
    /// Holds the sample and user test files the report's tests point at.
    _work: tempfile::TempDir,
}

/// Finds the problem and the solution, builds, collects the tests and judges.
/// `first` names tests to run before the others (review --rerun).
#[allow(clippy::too_many_arguments)]
pub fn judge_with(
    problem_arg: &str,
    file: Option<PathBuf>,
    lang: Option<&str>,
    which: Which,
    jobs: Option<usize>,
    keep_going: bool,
    json: bool,
    verbose: bool,
    first: &[String],
    look: &Look,
) -> Result<Judged> {
    let problem = bank::find(problem_arg)?;
    let languages = Languages::load()?;
    let file = match file {
        Some(f) => f,
        None => find_solution(&problem.id, &languages, lang)?,
    };
    let mut spawner = Spawner::start()?;
    if verbose && !json {
        eprintln!(
            "{}",
            look.dim(&format!("sandbox: {}", spawner.layers()?.summary()))
        );
    }
    let options = Options {
        languages: &languages,
        lang,
        settings: Settings {
            jobs: jobs.unwrap_or_else(default_jobs),
            keep_going,
        },
    };
    let mut progress = Progress::new(*look, json);
    let (lang_id, compiled, info) = solve::build(
        &mut spawner,
        &options,
        &file,
        problem.meta.signature.as_ref(),
        &mut |e| progress.on(e),
    )?;
    let work = crate::fsutil::temp_dir()?;
    let mut tests = problem.sample_tests(work.path())?;
    if which != Which::Practice {
        tests.extend(problem.dir_tests()?);
        tests.extend(generate::tests(&problem, &languages, &mut spawner)?);
    }
    if which != Which::Submit {
        tests.extend(solve::user_tests(&file, work.path())?);
    }
    reorder(&mut tests, first);
    let checker = solve::checker(&mut spawner, &languages, &problem)?;
    let limits = Limits {
        time: problem.time_limit(),
        memory_bytes: problem.memory_limit(),
        output_bytes: problem.meta.limits.output.map(|s| s.0),
    };
    let report = solve::judge_build(
        &problem.id,
        &lang_id,
        &file,
        compiled,
        info,
        &tests,
        &limits,
        &checker,
        &options.settings,
        &mut |e| progress.on(e),
    )?;
    progress.finish();
    Ok(Judged {
        problem,
        file,
        report,
        _work: work,
    })
}

#[allow(clippy::too_many_arguments)]
pub fn judge(
    problem: &str,
    file: Option<PathBuf>,
    lang: Option<&str>,
    which: Which,
    jobs: Option<usize>,
    keep_going: bool,
    json: bool,
    verbose: bool,
    look: &Look,
) -> Result<Judged> {
    judge_with(
        problem,
        file,
        lang,
        which,
        jobs,
        keep_going,
        json,
        verbose,
        &[],
        look,
    )
}

/// Moves the tests named in `first` to the front, keeping the order otherwise.
fn reorder(tests: &mut [TestCase], first: &[String]) {
    if !first.is_empty() {
        tests.sort_by_key(|t| !first.contains(&t.name));
    }
}

/// Prints a report: JSON, or the human table and failures.
pub fn show(report: &Report, json: bool, verbose: bool, hide_hidden: bool, look: &Look) {
    if json {
        print_json(report);
    } else {
        print!("{}", report::render(report, look, verbose, hide_hidden));
    }
}

pub fn status(report: &Report) -> Status {
    if report.accepted() {
        Status::Ok
    } else {
        Status::NotAccepted
    }
}

/// With FILE left out: `PROBLEM.<ext>` in the current folder.
pub fn find_solution(id: &str, languages: &Languages, lang: Option<&str>) -> Result<PathBuf> {
    let candidates: Vec<PathBuf> = match lang {
        Some(l) => languages
            .get(l)?
            .extensions
            .iter()
            .map(|e| PathBuf::from(format!("{id}.{e}")))
            .collect(),
        None => languages
            .all()
            .iter()
            .flat_map(|l| {
                l.extensions
                    .iter()
                    .map(|e| PathBuf::from(format!("{id}.{e}")))
            })
            .collect(),
    };
    let found: Vec<PathBuf> = candidates
        .into_iter()
        .filter(|p| Path::new(p).is_file())
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::new(format!("no solution file for `{id}` in the current folder"))
            .help(format!("name the file (grind test {id} FILE), or write one with `grind new {id} --lang LANG`"))),
        many => Err(Error::new(format!(
            "several solution files for `{id}`: {}",
            many.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        ))
        .help("name the one to judge: grind test PROBLEM FILE")),
    }
}
