//! `grind submit`: judges on every test and records the submission (in a mock when the file is in its folder).

use super::Status;
use super::test;
use crate::error::{Error, Result};
use crate::history::{History, NewSubmission};
use crate::judging::{Which, find_solution};
use crate::report::Look;
use crate::verdict::Verdict;
use std::path::PathBuf;

pub fn run(
    problem: &str,
    file: Option<PathBuf>,
    lang: Option<&str>,
    jobs: Option<usize>,
    json: bool,
    verbose: bool,
    look: &Look,
) -> Result<Status> {
    // Open the history first: a broken one is reported before any judging.
    let mut history = History::open()?;
    let found = crate::bank::find(problem)?;
    let file = match file {
        Some(f) => f,
        None => find_solution(&found.id, &crate::language::Languages::load()?, lang)?,
    };
    // A solution in a mock's folder is a submission to that mock.
    let mock = crate::mock::of_file(&history, &file)?;
    if let Some(m) = &mock {
        crate::mock::admit(m, &found.id)?;
    }
    let ask = test::Ask {
        problem: &found.dir.display().to_string(),
        file: Some(file),
        lang,
        which: Which::Submit,
        jobs,
        keep_going: true,
        first: &[],
    };
    let judged = test::judge(&ask, json, verbose, look)?;
    let source =
        std::fs::read_to_string(&judged.file).map_err(|e| Error::io("read", &judged.file, e))?;
    let meta = &judged.problem.meta;
    let sub = NewSubmission {
        problem: judged.problem.id.clone(),
        problem_dir: judged.problem.dir.display().to_string(),
        title: meta.title.clone(),
        difficulty: meta.difficulty,
        tags: meta.tags.clone(),
        source_name: judged.file.display().to_string(),
        source,
        mock_id: mock.as_ref().map(|m| m.id),
    };
    if let Some(m) = &mock {
        crate::mock::still_counts(m)?;
    }
    // A result that cannot be recorded is still shown, then the reason.
    // An internal error (a build lost from the cache, a failing checker) is grind's
    // or the problem's, not the candidate's: such a judging is not recorded.
    let internal = judged
        .report
        .tests
        .iter()
        .find(|t| t.verdict == Verdict::IE);
    let recorded = match internal {
        Some(t) => Err(Error::new(format!(
            "test {} ended in an internal error, which is not your failure: {}",
            t.name, t.detail
        ))),
        None => history.record(&sub, &judged.report),
    };
    let id = recorded.as_ref().ok().copied();
    // While a mock runs, its problems' hidden tests show verdicts and figures only
    // (the history keeps everything for the report after the end).
    let secret = mock.is_some() || crate::mock::keeper(&history, &judged.problem.id)?.is_some();
    let shown = judged.report.shown(secret);
    if json {
        let mut value = serde_json::to_value(&*shown).expect("reports serialise");
        value["submission"] = id.into();
        if let Err(e) = &recorded {
            value["not_recorded"] = e.message.clone().into();
        }
        super::print_json(&value);
    } else {
        // During a mock, hidden tests show only their verdicts and figures.
        test::show(&shown, false, verbose, secret, look);
        let score = (judged.report.summary.score * 100.0).floor();
        if let Some(id) = id {
            println!(
                "{}",
                look.dim(&format!("recorded as submission #{id} (score {score}%)"))
            );
        }
        if let Some(m) = &mock {
            let left = crate::mock::clock(m.deadline_ms - crate::history::now_ms());
            println!(
                "{}",
                look.dim(&format!(
                    "mock #{}: the last submission of each problem counts; {left} left",
                    m.id
                ))
            );
        } else if let Some(id) = id.filter(|_| !judged.report.accepted()) {
            println!(
                "{}",
                look.dim(&format!("study the failing cases with `grind review {id}`"))
            );
        }
    }
    if let Err(e) = recorded {
        return Err(Error {
            message: format!("judged, but not recorded: {}", e.message),
            ..e
        });
    }
    Ok(test::status(&judged.report))
}
