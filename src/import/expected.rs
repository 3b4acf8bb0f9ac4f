//! What a package says a submission must get, beyond the folder it is in:
//! `submissions/submissions.yaml` (the 2023-07 format's `permitted` and `required`
//! verdicts, per folder or per file) and DOMjudge's `@EXPECTED_RESULTS@:` line in a
//! source. Each becomes the `grind check` folder that proves the same outcome, or a
//! reason it cannot be proven.

use crate::error::{Error, Location, Result};
use serde_yaml::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// The expectations of `submissions.yaml`, by the path (below `submissions/`) they name.
#[derive(Default)]
pub struct Expectations {
    entries: Vec<(String, BTreeSet<&'static str>)>,
    /// Keys grind cannot apply (patterns), for a note.
    pub unsupported: Vec<String>,
}

impl Expectations {
    /// `submissions/submissions.yaml`, or nothing when there is none.
    pub fn read(submissions: &Path) -> Result<Expectations> {
        let file = submissions.join("submissions.yaml");
        let Ok(text) = std::fs::read_to_string(&file) else {
            return Ok(Expectations::default());
        };
        let value: Value = if text.trim().is_empty() {
            Value::Null
        } else {
            crate::yaml::parse(&text, &file, "submissions.yaml")?
        };
        let mut out = Expectations::default();
        let Some(map) = value.as_mapping() else {
            return Ok(out);
        };
        for (key, rules) in map {
            let Some(key) = key.as_str() else { continue };
            // `required` (some test gets one of these) says what the submission is
            // for; `permitted` alone (every test gets one of these) when it is absent.
            let listed = ["required", "permitted"]
                .iter()
                .find_map(|field| rules.get(*field).and_then(Value::as_sequence));
            let Some(listed) = listed else { continue };
            if key.contains(['*', '?', '[', '{']) {
                out.unsupported.push(key.to_string());
                continue;
            }
            let mut verdicts = BTreeSet::new();
            for v in listed {
                let name = v.as_str().unwrap_or_default();
                verdicts.insert(canonical(name).ok_or_else(|| {
                    let at = crate::problem::locate(&text, name).unwrap_or((1, 1));
                    Error::new(format!("`{key}` names an unknown verdict `{name}`"))
                        .at(Location::new(&file, at.0, at.1, Some(&text)))
                        .help("the format's verdicts are AC, WA, TLE and RTE")
                })?);
            }
            out.entries
                .push((key.trim_matches('/').to_string(), verdicts));
        }
        Ok(out)
    }

    /// The folder that proves what the package expects of `relative` (e.g.
    /// `accepted/a.py`, whose file is `source`): its own entry (by its full name),
    /// else its source's
    /// `@EXPECTED_RESULTS@`, else its folder's entry; `None` when nothing is said.
    pub fn kind_of(
        &self,
        relative: &str,
        source: &Path,
    ) -> Option<std::result::Result<&'static str, String>> {
        // Full names only: `match/a` is not `match/a.py`.
        let own = self.entries.iter().find(|(key, _)| key == relative);
        let folder = relative.rsplit_once('/').map_or("", |(f, _)| f);
        let verdicts = own
            .map(|(_, v)| v.clone())
            .or_else(|| expected_results(source))
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|(key, _)| key == folder)
                    .map(|(_, v)| v.clone())
            })?;
        Some(kind_for(&verdicts))
    }
}

/// The verdicts of a DOMjudge `@EXPECTED_RESULTS@: A, B` line in the source.
fn expected_results(source: &Path) -> Option<BTreeSet<&'static str>> {
    let text = std::fs::read_to_string(source).ok()?;
    let (_, list) = text.split_once("@EXPECTED_RESULTS@:")?;
    let list = list.lines().next()?;
    // A comment's closing `*/` may follow on the line.
    Some(
        list.split(',')
            .filter_map(|v| v.split_whitespace().next().and_then(canonical))
            .collect(),
    )
}

/// A verdict as the package formats spell it (2023-07, legacy, DOMjudge), in grind's
/// terms; `RTE` and `CE` for what grind has as RE and no verdict of a solution's.
fn canonical(name: &str) -> Option<&'static str> {
    Some(
        match name.to_ascii_uppercase().replace(['-', ' '], "_").as_str() {
            "AC" | "ACCEPTED" | "CORRECT" => "AC",
            "WA" | "WRONG_ANSWER" | "NO_OUTPUT" => "WA",
            "TLE" | "TIMELIMIT" | "TIME_LIMIT_EXCEEDED" => "TLE",
            "RTE" | "RUN_ERROR" | "RUN_TIME_ERROR" => "RTE",
            "MLE" | "MEMORY_LIMIT" | "MEMORY_LIMIT_EXCEEDED" => "MLE",
            "OLE" | "OUTPUT_LIMIT" | "OUTPUT_LIMIT_EXCEEDED" => "OLE",
            "CE" | "COMPILER_ERROR" | "COMPILE_ERROR" => "CE",
            _ => return None,
        },
    )
}

/// The `grind check` folder for a set of expected verdicts.
fn kind_for(verdicts: &BTreeSet<&'static str>) -> std::result::Result<&'static str, String> {
    let listed = || verdicts.iter().copied().collect::<Vec<_>>().join(", ");
    if verdicts.contains("CE") {
        return Err(format!(
            "expected {}: grind check proves solutions that compile",
            listed()
        ));
    }
    if verdicts.contains("AC") {
        return if verdicts.len() == 1 {
            Ok("accepted")
        } else {
            Err(format!(
                "may pass or fail ({}): grind check proves one outcome",
                listed()
            ))
        };
    }
    let one: Vec<&str> = verdicts.iter().copied().collect();
    Ok(match one.as_slice() {
        [] => return Err("expects no verdict".into()),
        ["WA"] => "wrong_answer",
        ["TLE"] => "time_limit_exceeded",
        ["RTE"] => "run_time_error",
        ["MLE"] => "memory_limit_exceeded",
        ["OLE"] => "output_limit_exceeded",
        _ => "rejected",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(v: &[&'static str]) -> BTreeSet<&'static str> {
        v.iter().copied().collect()
    }

    #[test]
    fn expected_verdicts_become_the_folder_that_proves_them() {
        assert_eq!(kind_for(&set(&["AC"])), Ok("accepted"));
        assert_eq!(kind_for(&set(&["WA"])), Ok("wrong_answer"));
        assert_eq!(kind_for(&set(&["RTE"])), Ok("run_time_error"));
        assert_eq!(kind_for(&set(&["WA", "RTE"])), Ok("rejected"));
        assert!(kind_for(&set(&["AC", "WA"])).is_err());
        assert!(kind_for(&set(&["CE"])).is_err());
        assert_eq!(canonical("run-error"), Some("RTE"));
        assert_eq!(canonical("TIMELIMIT"), Some("TLE"));
        assert_eq!(canonical("maybe"), None);
    }

    #[test]
    fn a_files_entry_wins_over_its_source_line_and_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        let subs = dir.path();
        std::fs::write(
            subs.join("submissions.yaml"),
            "accepted:\n  permitted: [WA]\n  required: [WA]\nmixed:\n  permitted: [AC, WA]\nmixed/ac.py:\n  permitted: [AC]\nmixed/two.cpp:\n  required: [TLE]\nmixed/ac:\n  required: [WA]\nx/*.py:\n  permitted: [AC]\nmixed/metadata:\n  language: python3\n",
        )
        .unwrap();
        let e = Expectations::read(subs).unwrap();
        assert_eq!(e.unsupported, ["x/*.py"]);
        let plain = subs.join("plain.py");
        std::fs::write(&plain, "print(1)\n").unwrap();
        let marked = subs.join("marked.c");
        std::fs::write(
            &marked,
            "/* @EXPECTED_RESULTS@: RUN-ERROR, WRONG-ANSWER */\n",
        )
        .unwrap();
        assert_eq!(e.kind_of("accepted/a.py", &plain), Some(Ok("wrong_answer")));
        assert_eq!(e.kind_of("mixed/ac.py", &plain), Some(Ok("accepted")));
        assert_eq!(
            e.kind_of("mixed/two.cpp", &plain),
            Some(Ok("time_limit_exceeded"))
        );
        assert!(matches!(e.kind_of("mixed/other.py", &plain), Some(Err(_))));
        assert_eq!(e.kind_of("mixed/marked.c", &marked), Some(Ok("rejected")));
        assert_eq!(e.kind_of("wrong_answer/a.py", &plain), None);
        std::fs::write(subs.join("submissions.yaml"), "a:\n  permitted: [MAYBE]\n").unwrap();
        let err = Expectations::read(subs).err().unwrap().to_string();
        assert!(err.contains("unknown verdict `MAYBE`"), "{err}");
    }
}
