//! `grind hint` and `grind solution`: help that is recorded in the history.

use super::Status;
use crate::bank;
use crate::error::{Error, Result};
use crate::history::History;
use crate::language::Languages;
use crate::report::Look;
use std::io::{BufRead, IsTerminal, Write};

/// Shows the next hint of a problem and records that it was seen.
pub fn hint(problem: &str, look: &Look) -> Result<Status> {
    let problem = bank::find(problem)?;
    let history = History::open()?;
    crate::mock::refuse_help(&history, &problem.id, "hints")?;
    let hints = &problem.meta.hints;
    if hints.is_empty() {
        println!("{} has no hints", problem.id);
        return Ok(Status::Ok);
    }
    let seen = history.count_events(&problem.id, "hint")?;
    let next = seen.min(hints.len() - 1);
    for (i, h) in hints.iter().enumerate().take(next) {
        println!(
            "{} {h}",
            look.dim(&format!("hint {}/{}:", i + 1, hints.len()))
        );
    }
    println!(
        "{} {}",
        look.bold(&format!("hint {}/{}:", next + 1, hints.len())),
        hints[next]
    );
    if seen < hints.len() {
        history.record_event(&problem.id, "hint", &(next + 1).to_string())?;
    }
    if next + 1 == hints.len() {
        println!(
            "{}",
            look.dim("that was the last hint; `grind solution` shows the reference solution")
        );
    }
    Ok(Status::Ok)
}

/// Shows a reference solution after a confirmation, and records that it was seen: a
/// solve after this no longer counts as a clean solve.
pub fn solution(problem: &str, lang: &str, yes: bool, look: &Look) -> Result<Status> {
    let problem = bank::find(problem)?;
    let history = History::open()?;
    crate::mock::refuse_help(&history, &problem.id, "solution")?;
    let languages = Languages::load()?;
    let language = languages.get(lang)?;
    let dir = problem.dir.join("solutions").join("accepted");
    let file = language
        .extensions
        .iter()
        .map(|e| dir.join(format!("main.{e}")))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            let have: Vec<String> = std::fs::read_dir(&dir)
                .map(|d| {
                    d.flatten()
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default();
            Error::new(format!(
                "{} has no reference solution in {}",
                problem.id, language.name
            ))
            .help(format!("available: {} (use --lang)", have.join(", ")))
        })?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::new("showing the solution needs a confirmation")
                .help("pass --yes to confirm without a prompt"));
        }
        eprint!(
            "Show the reference solution of {}? It is recorded, and a later solve will not count as clean. [y/N] ",
            problem.id
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            println!("not shown");
            return Ok(Status::Ok);
        }
    }
    let code = std::fs::read_to_string(&file).map_err(|e| Error::io("read", &file, e))?;
    history.record_event(&problem.id, "solution", &language.id)?;
    println!(
        "{}",
        look.dim(&format!(
            "// {} — reference solution ({})",
            problem.meta.title, language.name
        ))
    );
    print!("{}", crate::visible::text(&code));
    Ok(Status::Ok)
}
