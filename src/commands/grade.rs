//! `grind grade`: grades a folder of candidates' solutions (or a shard of it) and
//! prints the leaderboard; `grind grade merge` joins the shards' output folders.

use super::Status;
use crate::cli::{GradeAction, GradeArgs};
use crate::error::{Error, Result};
use crate::grade::{self, Meta, Outcome, Plan, Step};
use crate::language::Languages;
use crate::report::Look;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::Path;

pub fn run(args: GradeArgs, look: &Look) -> Result<Status> {
    if let Some(GradeAction::Merge { shards, out }) = args.action {
        grade::refuse_foreign(&out)?;
        let (meta, records) = grade::merge(&shards)?;
        grade::finish(&out, &meta, &records)?;
        return summary(&meta, &grade::outcomes(&records), &out, look);
    }
    let input = args.input.expect("clap asks for the input");
    let languages = Languages::load()?;
    let plan = Plan::new(&input, &args.problems, &languages)?;
    if args.reveal {
        // Hidden tests stay hidden while a mock of theirs runs, as with hints.
        for p in &plan.problems {
            if let Some(m) = crate::mock::keeper_of(&p.id) {
                return Err(Error::new(format!(
                    "{} is in the running mock #{}: its hidden tests are not revealed before the end",
                    p.id, m.id
                ))
                .help("grade without --reveal, or after `grind mock finish`"));
            }
        }
    }
    let options = grade::Options {
        out: &args.out,
        shard: args.shard,
        jobs: args.jobs.unwrap_or_else(crate::judging::default_jobs),
        reveal: args.reveal,
        restart: args.restart,
    };
    let bar = look.progress.then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} pairs {msg}")
                .expect("valid template"),
        );
        bar
    });
    let graded = grade::grade(&plan, &languages, &options, &mut |step| match step {
        Step::Start { total, kept } => {
            if kept > 0 {
                eprintln!(
                    "{}",
                    look.dim(&format!(
                        "{kept} pair(s) already graded in {} (files unchanged); grading the other {total}",
                        args.out.display()
                    ))
                );
            }
            if let Some(bar) = &bar {
                bar.set_length(total as u64);
            }
        }
        Step::Done(pair) => {
            if let Some(bar) = &bar {
                bar.inc(1);
                bar.set_message(format!("{}/{}", pair.candidate, pair.problem));
            }
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let graded = graded?;
    summary(&graded.meta, &graded.outcomes, &args.out, look)
}

/// The leaderboard, the counts and where the reports are; exit 1 when a graded pair
/// failed, an error (exit 2) when a pair could not be graded.
fn summary(meta: &Meta, outcomes: &[Outcome], out: &Path, look: &Look) -> Result<Status> {
    print!("{}", grade::table(meta, outcomes));
    let ungraded: Vec<&Outcome> = outcomes.iter().filter(|o| !o.graded()).collect();
    let passed = outcomes.iter().filter(|o| o.passed()).count();
    let failed = outcomes.len() - passed - ungraded.len();
    let shard = meta
        .shard
        .as_ref()
        .map(|s| format!(" (shard {s} of the grading's {} pairs)", meta.pairs))
        .unwrap_or_default();
    println!(
        "\n{} pairs{shard}: {passed} accepted, {failed} not accepted, {} not graded",
        outcomes.len(),
        ungraded.len()
    );
    for o in &ungraded {
        println!(
            "  {} {}/{}: {}",
            look.fail("not graded"),
            o.candidate,
            o.problem,
            o.error.as_deref().unwrap_or_default()
        );
    }
    println!(
        "{}",
        look.dim(&format!(
            "reports in {}: results.jsonl, junit.xml, results.csv, report.html",
            out.display()
        ))
    );
    if !ungraded.is_empty() {
        return Err(Error::new(format!(
            "{} pair(s) could not be graded (listed above and in the reports)",
            ungraded.len()
        ))
        .help("fix the candidates' files and run the same command again: graded pairs are kept"));
    }
    Ok(if failed == 0 {
        Status::Ok
    } else {
        Status::NotAccepted
    })
}
