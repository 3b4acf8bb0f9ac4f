//! `grind check`: checks problem folders and prints the findings per problem.

use super::{Status, print_json};
use crate::check::{self, Finding};
use crate::error::{Error, Result};
use crate::language::Languages;
use crate::report::Look;
use std::path::PathBuf;

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
    let mut results = Vec::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !json {
            println!("{}", look.bold(&name));
        }
        let mut show = |f: &Finding| {
            if !json {
                let mark = if f.ok {
                    look.dim("  ok  ")
                } else {
                    look.fail("  FAIL")
                };
                println!("{mark} {:<44} {}", f.what, f.detail);
            }
        };
        results.push(check::check(&dir, &languages, jobs, &mut show));
    }
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
