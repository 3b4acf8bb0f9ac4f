//! `grind test`, and the judging of a problem's solution that submit, review and watch
//! share.

use super::{Status, print_json};
use crate::cli::TestArgs;
use crate::error::Result;
use crate::judging::{Judge, Judging, Report, Which, find_solution};
use crate::problem::Problem;
use crate::report::{self, Look, Progress};
use std::path::PathBuf;

pub fn run(args: TestArgs, verbose: bool, look: &Look) -> Result<Status> {
    let which = if args.all {
        Which::All
    } else {
        Which::Practice
    };
    let judged = judge(
        &Ask {
            problem: &args.problem,
            file: args.file,
            lang: args.lang.as_deref(),
            which,
            jobs: args.jobs,
            keep_going: args.keep_going,
            first: &[],
        },
        args.json,
        verbose,
        look,
    )?;
    // A running mock's problem: its hidden tests show verdicts and figures only.
    let secret = args.all && crate::mock::keeper_of(&judged.problem.id).is_some();
    show(
        &judged.report.shown(secret),
        args.json,
        verbose,
        secret,
        look,
    );
    Ok(status(&judged.report))
}

/// What a command asks to judge: a problem's solution on some of its tests.
pub struct Ask<'a> {
    pub problem: &'a str,
    /// Default: `PROBLEM.<ext>` in the current folder.
    pub file: Option<PathBuf>,
    pub lang: Option<&'a str>,
    pub which: Which,
    pub jobs: Option<usize>,
    pub keep_going: bool,
    /// Tests to run first (review --rerun).
    pub first: &'a [String],
}

pub struct Judged {
    pub problem: Problem,
    pub file: PathBuf,
    pub report: Report,
}

/// Finds the problem and the solution and judges it, with progress on stderr unless
/// `json`.
pub fn judge(ask: &Ask, json: bool, verbose: bool, look: &Look) -> Result<Judged> {
    let problem = crate::bank::find(ask.problem)?;
    let mut judge = Judge::start()?;
    let file = match &ask.file {
        Some(f) => f.clone(),
        None => find_solution(&problem.id, &judge.languages, ask.lang)?,
    };
    if verbose && !json {
        let layers = judge.sandbox_summary()?;
        eprintln!("{}", look.dim(&format!("sandbox: {layers}")));
    }
    let mut progress = Progress::new(*look, json);
    let report = Judging::for_problem(&problem, &file)
        .lang(ask.lang)
        .which(ask.which)
        .jobs(ask.jobs)
        .keep_going(ask.keep_going)
        .first(ask.first)
        .run(&mut judge, &mut |e| progress.on(e))?;
    progress.finish();
    Ok(Judged {
        problem,
        file,
        report,
    })
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
