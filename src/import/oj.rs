//! online-judge-tools' test folder: `oj download` writes `test/sample-1.in` and
//! `test/sample-1.out`. No statement or limits come with it.

use super::{Draft, pair_tests, slug};
use crate::error::{Error, Result};
use std::path::Path;

pub(super) fn read(path: &Path) -> Result<Draft> {
    if !path.is_dir() {
        return Err(Error::new(format!("{} is not a folder", path.display()))
            .help("give the folder `oj download` wrote the tests into (usually ./test)"));
    }
    // The problem's folder holding test/ is accepted as well as test/ itself.
    let folder = if has_inputs(path) || !path.join("test").is_dir() {
        path.to_path_buf()
    } else {
        path.join("test")
    };
    // A user's own test folder: its links may lead anywhere.
    let tests = pair_tests(
        &folder,
        false,
        &["out", "ans"],
        &super::links::Tree::anywhere(),
    )?;
    if tests.is_empty() {
        return Err(
            Error::new(format!("{} holds no NAME.in files", folder.display())).help(
                "online-judge-tools writes sample-1.in with sample-1.out; point at that folder",
            ),
        );
    }
    let canonical = folder.canonicalize().unwrap_or(folder.clone());
    // Named after the problem's folder: the one holding test/, else the folder itself.
    let named = match canonical.file_name().and_then(|n| n.to_str()) {
        Some("test" | "tests") => canonical.parent().unwrap_or(&canonical),
        _ => &canonical,
    };
    let title = named
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "problem".into());
    let mut draft = Draft::new(slug(&title), title.clone());
    draft.statement = format!(
        "# {title}\n\nImported from the online-judge-tools test folder {}. The statement is not part of it: read it on the judge's site.\n",
        canonical.display()
    );
    let (mut samples, mut hidden): (Vec<_>, Vec<_>) = tests
        .into_iter()
        .partition(|t| t.name.starts_with("sample"));
    if samples.is_empty() {
        samples.push(hidden.remove(0));
        draft.notes.push(format!(
            "no test is named sample-*: {} is the sample",
            samples[0].name
        ));
    }
    draft.samples = samples;
    draft.tests = hidden;
    Ok(draft)
}

fn has_inputs(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|d| {
        d.flatten()
            .any(|e| e.path().extension().is_some_and(|x| x == "in"))
    })
}
