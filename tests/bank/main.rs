//! The bundled bank: every problem is sound by `grind check`, and the bank as a whole
//! keeps its promises (size, spread, tests, solutions, statements). A binary of its
//! own: cargo runs test binaries one after another, so the CPU figures it checks
//! (within half the limit) are not inflated by the other tests' compilers and bombs.

#[path = "../support/mod.rs"]
mod support;

use std::path::Path;
use support::{Grind, repo};

fn problems() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = std::fs::read_dir(repo().join("problems"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("problem.yaml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn files(dir: &Path, ext: &str) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == ext))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn every_problem_keeps_the_bank_promises() {
    let all = problems();
    assert!(all.len() >= 40, "the bank has {} problems", all.len());
    let mut by_level = std::collections::BTreeMap::new();
    let mut signatures = Vec::new();
    for dir in &all {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        let yaml: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(dir.join("problem.yaml")).unwrap())
                .unwrap();
        let level = yaml["difficulty"].as_str().unwrap().to_string();
        *by_level.entry(level.clone()).or_insert(0) += 1;
        assert_eq!(
            yaml["source"].as_str(),
            Some("original"),
            "{id}: source: original"
        );
        let hints = yaml["hints"].as_sequence().map_or(0, |h| h.len());
        assert!((1..=3).contains(&hints), "{id}: {hints} hints");
        assert!(
            !yaml["tags"].as_sequence().unwrap().is_empty(),
            "{id}: tags"
        );
        // Ready for `grind stress`: an input validator (check proves the generator's
        // small tests pass it).
        assert!(yaml["validator"].as_str().is_some(), "{id}: validator");
        let samples = yaml["samples"].as_sequence().unwrap();
        assert!(samples.len() >= 2, "{id}: samples");
        assert!(
            samples
                .iter()
                .all(|s| s["explanation"].as_str().is_some_and(|e| !e.is_empty())),
            "{id}: every sample explained"
        );
        let statement = std::fs::read_to_string(dir.join("statement.md")).unwrap();
        let signature = &yaml["signature"];
        let sections: &[&str] = if signature.get("class").is_some() {
            &["## Class", "## Constraints"]
        } else if signature.is_mapping() {
            &["## Function", "## Constraints"]
        } else {
            &["## Input", "## Output", "## Constraints"]
        };
        for section in sections {
            assert!(
                statement.contains(section),
                "{id}: statement lacks {section}"
            );
        }
        let hand = files(&dir.join("tests"), "in");
        let generated: usize = yaml["tests"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(|t| t["generate"]["seeds"].as_sequence())
            .map(|s| s.len())
            .sum();
        assert!(
            hand + generated >= 15,
            "{id}: {hand} + {generated} hidden tests"
        );
        assert!(generated > 0, "{id}: max-size tests come from a generator");
        let sol = dir.join("solutions");
        if signature.is_mapping() {
            // Every driver is exercised by `grind check`: one accepted solution per language.
            for ext in ["c", "cpp", "rs", "go", "java", "py", "js"] {
                assert!(
                    files(&sol.join("accepted"), ext) > 0,
                    "{id}: an accepted .{ext} solution"
                );
            }
            // A design problem counts as returning `class`.
            let ret = signature["returns"].as_str().unwrap_or("class").to_string();
            let params: Vec<String> = signature["params"]
                .as_sequence()
                .into_iter()
                .flatten()
                .map(|p| p["type"].as_str().unwrap().to_string())
                .collect();
            signatures.push((id.clone(), ret, params));
        } else {
            assert!(
                sol.join("accepted/main.cpp").is_file() && sol.join("accepted/main.py").is_file(),
                "{id}: C++ and Python accepted"
            );
        }
        assert!(
            std::fs::read_dir(sol.join("wrong_answer")).is_ok_and(|d| d.count() > 0),
            "{id}: a wrong answer"
        );
        if level != "easy" {
            assert!(
                std::fs::read_dir(sol.join("time_limit_exceeded")).is_ok_and(|d| d.count() > 0),
                "{id}: a naive solution"
            );
        }
    }
    // Function-signature problems: enough of them, and each kind of driver value.
    assert!(
        signatures.len() >= 10,
        "{} signature problems",
        signatures.len()
    );
    let uses = |t: &str| {
        signatures
            .iter()
            .any(|(_, r, p)| r == t || p.iter().any(|x| x == t))
    };
    assert!(
        uses("ListNode") && uses("TreeNode") && uses("ListNode[]"),
        "{signatures:?}"
    );
    assert!(
        signatures.iter().any(|(_, r, _)| r.ends_with("[][]")),
        "a 2-D array is returned: {signatures:?}"
    );
    assert!(
        signatures.iter().any(|(_, r, _)| r == "void"),
        "a function that changes a parameter in place: {signatures:?}"
    );
    assert!(
        signatures.iter().any(|(_, r, _)| r == "class"),
        "a design problem: {signatures:?}"
    );
    let count = |l: &str| *by_level.get(l).unwrap_or(&0);
    assert!(
        count("easy") >= 13 && count("medium") >= 15 && count("hard") >= 6,
        "{by_level:?}"
    );
}

/// `grind check --all`: accepted solutions pass every test within half the limit,
/// wrong ones get WA, naive ones TLE. This is the slow test of the suite.
#[test]
fn bank_is_sound() {
    let run = Grind::new(&["check", "--all", "--json"]).run();
    let report = run.json();
    let failed: Vec<String> = report
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            let id = p["problem"].as_str().unwrap().to_string();
            p["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["ok"] == false)
                .map(move |f| format!("{id}: {} {}", f["what"], f["detail"]))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        failed.is_empty(),
        "unsound problems:\n{}",
        failed.join("\n")
    );
    assert_eq!(run.code, 0);
}
