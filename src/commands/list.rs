//! `grind list`: the bank, filtered and marked by status.

use super::Status;
use crate::bank;
use crate::cli::StatusArg;
use crate::error::Result;
use crate::history::History;
use crate::problem::Difficulty;
use crate::report::Look;

pub fn run(
    tag: Option<String>,
    difficulty: Option<Difficulty>,
    status: Option<StatusArg>,
    look: &Look,
) -> Result<Status> {
    // The history is needed to filter by status; without one, nothing is marked.
    let stats = match status {
        Some(_) => History::open_read()?.problem_stats()?,
        None => History::open_read()
            .and_then(|h| h.problem_stats())
            .unwrap_or_default(),
    };
    let state = |id: &str| match stats.iter().find(|s| s.problem == id) {
        Some(s) if s.solved => StatusArg::Solved,
        Some(_) => StatusArg::Attempted,
        None => StatusArg::Unsolved,
    };
    let problems = bank::all();
    let id_w = problems
        .iter()
        .map(|(id, _)| id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    println!(
        "{}",
        look.dim(&format!(
            "   {:<id_w$}  {:<8}  {:<32}  tags",
            "id", "level", "title"
        ))
    );
    let mut shown = 0;
    for (id, problem) in &problems {
        match problem {
            Ok(p) => {
                let m = &p.meta;
                let st = state(id);
                let keep = difficulty.is_none_or(|d| d == m.difficulty)
                    && tag.as_ref().is_none_or(|t| m.tags.contains(t))
                    && match status {
                        None => true,
                        Some(StatusArg::Unsolved) => st != StatusArg::Solved,
                        Some(s) => st == s,
                    };
                if !keep {
                    continue;
                }
                let mark = match st {
                    StatusArg::Solved => "✓",
                    StatusArg::Attempted => "~",
                    StatusArg::Unsolved => " ",
                };
                // Long titles are cut to keep the columns in line, and on a terminal
                // the tags to fit its width (piped, they are kept whole for grep).
                let tags_w = look.width.saturating_sub(id_w + 49).max(12);
                println!(
                    "{mark}  {id:<id_w$}  {:<8}  {:<32}  {}",
                    m.difficulty.as_str(),
                    crate::visible::fit(&m.title, 32),
                    look.dim(&crate::visible::fit(&m.tags.join(", "), tags_w))
                );
            }
            // A broken problem is listed with its error; it never stops the listing.
            Err(e) => println!(
                "   {id:<id_w$}  {}",
                look.dim(&format!("(invalid: {})", e.message))
            ),
        }
        shown += 1;
    }
    let own = crate::paths::own_problems();
    let imported = if own.is_dir() {
        format!(" and {}", own.display())
    } else {
        String::new()
    };
    eprintln!(
        "{}",
        look.dim(&format!(
            "{shown} problem(s) in {}{imported} · ✓ solved, ~ attempted",
            crate::paths::bank().display()
        ))
    );
    Ok(Status::Ok)
}
