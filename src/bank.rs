//! The problem bank: finding a problem by id or path, and listing all of them.

use crate::error::{Error, Result, suggest};
use crate::paths;
use crate::problem::Problem;
use std::path::{Path, PathBuf};

/// Resolves PROBLEM: a path to a problem folder or its problem.yaml, else a bank id.
pub fn find(arg: &str) -> Result<Problem> {
    let path = Path::new(arg);
    if path.file_name().is_some_and(|n| n == "problem.yaml") && path.is_file() {
        return Problem::load(path.parent().unwrap_or(Path::new(".")));
    }
    if path.join("problem.yaml").is_file() {
        return Problem::load(path);
    }
    let bank = paths::bank();
    let dir = bank.join(arg);
    if !arg.contains('/') && dir.join("problem.yaml").is_file() {
        return Problem::load(&dir);
    }
    let ids = ids();
    let mut err = Error::new(format!(
        "no problem `{arg}` in the bank ({}) and no problem.yaml at that path",
        bank.display()
    ));
    err = match suggest(arg, ids.iter().map(String::as_str)) {
        Some(s) => err.help(format!("did you mean `{s}`? `grind list` shows them all")),
        None => {
            err.help("`grind list` shows the bank; a path must be a folder holding problem.yaml")
        }
    };
    Err(err)
}

/// Problem folders of the bank, by id.
pub fn ids() -> Vec<String> {
    folders()
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect()
}

fn folders() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(paths::bank())
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.join("problem.yaml").is_file())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// Every problem of the bank; a broken one is kept with its error, never fatal.
pub fn all() -> Vec<(String, Result<Problem>)> {
    folders()
        .into_iter()
        .map(|dir| {
            let id = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (id, Problem::load(&dir))
        })
        .collect()
}
