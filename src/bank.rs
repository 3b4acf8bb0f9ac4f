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
    if !arg.contains('/')
        && let Some(dir) = roots()
            .iter()
            .map(|root| root.join(arg))
            .find(|dir| dir.join("problem.yaml").is_file())
    {
        return Problem::load(&dir);
    }
    let ids = ids();
    let mut err = Error::new(format!(
        "no problem `{arg}` in the bank ({}), among your imported problems ({}), or at that path",
        paths::bank().display(),
        paths::own_problems().display()
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

/// The bundled bank, then the user's imported problems; a bundled id wins.
fn roots() -> [PathBuf; 2] {
    let own = paths::own_problems();
    // An import killed half-way is put right before a problem is looked for.
    crate::import::recover(&own);
    [paths::bank(), own]
}

/// Problem folders of the bank and of the imported problems, by id.
pub fn folders() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    for root in roots() {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root)
            .map(|d| {
                d.flatten()
                    // Dot-folders are an import's work in progress, never problems.
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| e.path())
                    .filter(|p| p.join("problem.yaml").is_file())
                    .filter(|p| !dirs.iter().any(|d| d.file_name() == p.file_name()))
                    .collect()
            })
            .unwrap_or_default();
        dirs.append(&mut found);
    }
    dirs.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    dirs
}

/// Whether an id is taken, in the bank or among the imported problems.
pub fn exists(id: &str) -> bool {
    roots()
        .iter()
        .any(|root| root.join(id).join("problem.yaml").is_file())
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
