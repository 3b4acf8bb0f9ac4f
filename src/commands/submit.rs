use super::Status;
use super::test::{self, Which};
use crate::error::{Error, Result};
use crate::history::{History, NewSubmission};
use crate::report::Look;
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
    let judged = test::judge(
        problem,
        file,
        lang,
        Which::Submit,
        jobs,
        true,
        json,
        verbose,
        look,
    )?;
    let source =
        std::fs::read_to_string(&judged.file).map_err(|e| Error::io("read", &judged.file, e))?;
    let meta = &judged.problem.meta;
    let sub = NewSubmission {
        problem: judged.problem.id.clone(),
        problem_dir: judged.problem.dir.display().to_string(),
        title: meta.title.clone(),
        difficulty: meta.difficulty.as_str().to_string(),
        tags: meta.tags.clone(),
        source_name: judged.file.display().to_string(),
        source,
        mock_id: None,
    };
    let id = history.record(&sub, &judged.report)?;
    if json {
        let mut value = serde_json::to_value(&judged.report).expect("reports serialise");
        value["submission"] = id.into();
        super::print_json(&value);
    } else {
        test::show(&judged.report, false, verbose, false, look);
        let s = &judged.report.summary;
        println!(
            "{}",
            look.dim(&format!(
                "recorded as submission #{id} (score {:.0}%)",
                s.score * 100.0
            ))
        );
        if !judged.report.accepted() {
            println!(
                "{}",
                look.dim(&format!("study the failing cases with `grind review {id}`"))
            );
        }
    }
    Ok(test::status(&judged.report))
}
