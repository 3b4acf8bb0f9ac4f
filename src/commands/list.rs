use super::Status;
use crate::bank;
use crate::cli::DifficultyArg;
use crate::error::Result;
use crate::report::Look;

pub fn run(tag: Option<String>, difficulty: Option<DifficultyArg>, look: &Look) -> Result<Status> {
    let want = difficulty.map(|d| format!("{d:?}").to_lowercase());
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
            "{:<id_w$}  {:<8}  {:<32}  tags",
            "id", "level", "title"
        ))
    );
    let mut shown = 0;
    for (id, problem) in &problems {
        match problem {
            Ok(p) => {
                let m = &p.meta;
                if want.as_deref().is_some_and(|d| d != m.difficulty.as_str()) {
                    continue;
                }
                if tag.as_ref().is_some_and(|t| !m.tags.iter().any(|x| x == t)) {
                    continue;
                }
                println!(
                    "{id:<id_w$}  {:<8}  {:<32}  {}",
                    m.difficulty.as_str(),
                    m.title,
                    look.dim(&m.tags.join(", "))
                );
            }
            // A broken problem is listed with its error; it never stops the listing.
            Err(e) => println!(
                "{id:<id_w$}  {}",
                look.dim(&format!("(invalid: {})", e.message))
            ),
        }
        shown += 1;
    }
    eprintln!(
        "{}",
        look.dim(&format!(
            "{shown} problem(s) in {}",
            crate::paths::bank().display()
        ))
    );
    Ok(Status::Ok)
}
