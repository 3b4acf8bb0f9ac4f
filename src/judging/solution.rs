//! The candidate's files: the solution beside a problem (`PROBLEM.<ext>`) and its own
//! tests (`PROBLEM.tests.yaml`).

use crate::error::{Error, Result};
use crate::language::Languages;
use crate::problem::TestCase;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A user test in `NAME.tests.yaml` beside the solution.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UserTest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub input: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// The user's own tests file for a solution: `two-sum.cpp` → `two-sum.tests.yaml`.
pub fn user_tests_path(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    source.with_file_name(format!("{stem}.tests.yaml"))
}

/// Loads the user's tests into `dir` as files.
pub fn user_tests(source: &Path, dir: &Path) -> Result<Vec<TestCase>> {
    let path = user_tests_path(source);
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = crate::yaml::read(&path, "tests file")?;
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(Vec::new());
    }
    let tests: Vec<UserTest> = crate::yaml::parse(&text, &path, "tests file")?;
    tests
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let name = t.name.clone().unwrap_or_else(|| format!("mine-{}", i + 1));
            crate::problem::write_case(dir, &name, &t.input, t.output.as_deref(), false)
        })
        .collect()
}

/// Appends `test` to the tests file `file` (creating it), keeping what is there.
/// Returns false, writing nothing, when the file already holds a test of that name.
pub fn append_user_test(file: &Path, test: &UserTest) -> Result<bool> {
    // A file that cannot be read is an error, never taken for empty and overwritten.
    let mut text = if file.exists() {
        crate::yaml::read(file, "tests file")?
    } else {
        String::new()
    };
    let existing: Vec<UserTest> = if text.trim().is_empty() {
        vec![]
    } else {
        crate::yaml::parse(&text, file, "tests file")?
    };
    if test.name.is_some() && existing.iter().any(|e| e.name == test.name) {
        return Ok(false);
    }
    let yaml = serde_yaml::to_string(std::slice::from_ref(test))
        .map_err(|e| Error::internal(e.to_string()))?;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text += &yaml;
    crate::fsutil::write_atomic(file, text.as_bytes()).map_err(|e| Error::io("write", file, e))?;
    Ok(true)
}

/// With FILE left out: `PROBLEM.<ext>` in the current folder.
pub fn find_solution(id: &str, languages: &Languages, lang: Option<&str>) -> Result<PathBuf> {
    let candidates: Vec<PathBuf> = match lang {
        Some(l) => languages
            .get(l)?
            .extensions
            .iter()
            .map(|e| PathBuf::from(format!("{id}.{e}")))
            .collect(),
        None => languages
            .all()
            .iter()
            .flat_map(|l| {
                l.extensions
                    .iter()
                    .map(|e| PathBuf::from(format!("{id}.{e}")))
            })
            .collect(),
    };
    let found: Vec<PathBuf> = candidates
        .into_iter()
        .filter(|p| Path::new(p).is_file())
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::new(format!("no solution file for `{id}` in the current folder"))
            .help(format!("name the file (grind test {id} FILE), or write one with `grind new {id} --lang LANG`"))),
        many => {
            // The file last saved is the one being worked on (after `daily` in two
            // languages, say); the note names the others.
            let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
            let newest = many.iter().max_by_key(|p| modified(p)).expect("several");
            let others: Vec<String> = many
                .iter()
                .filter(|p| *p != newest)
                .map(|p| p.display().to_string())
                .collect();
            crate::error::note(&format!(
                "judging {}, the most recently changed (also here: {}; name a FILE or pass --lang to choose)",
                newest.display(),
                others.join(", ")
            ));
            Ok(newest.clone())
        }
    }
}
