//! Every checker, end to end: the echo fixture prints a sample's input back, so each
//! sample chooses the "output" that the checker sees.

use super::{Grind, fixture, problem};

/// Judges echo.c on one sample whose input is `output`; returns the verdict.
fn verdict(checker: &str, output: &str, answer: &str) -> String {
    let yaml = format!(
        "title: Checker\ndifficulty: easy\nchecker: {checker}\nsamples:\n  - input: {}\n    output: {}\n",
        serde_json::to_string(output).unwrap(),
        serde_json::to_string(answer).unwrap()
    );
    let p = problem(&yaml, &[]);
    let run = Grind::new(&["test", "--json"])
        .arg(p.path())
        .arg(fixture("echo.c"))
        .run();
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json()["summary"]["verdict"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn tokens_is_the_default_and_forgives_whitespace_at_line_ends() {
    assert_eq!(verdict("tokens", "1  2 \r\n3\n\n\n", "1 2\n3\n"), "AC");
    assert_eq!(verdict("tokens", "1 2 3\n", "1 2\n3\n"), "WA");
    assert_eq!(verdict("tokens", "3", "3\n"), "AC");
}

#[test]
fn exact_compares_bytes() {
    assert_eq!(verdict("exact", "3\n", "3\n"), "AC");
    assert_eq!(verdict("exact", "3\r\n", "3\n"), "WA");
}

#[test]
fn lines_keeps_inner_spacing() {
    assert_eq!(verdict("lines", "a  b\n", "a b\n"), "WA");
    assert_eq!(verdict("lines", "a b   \n", "a b\n"), "AC");
}

#[test]
fn float_tolerance() {
    assert_eq!(
        verdict("{float: {abs: 1e-3, rel: 0}}", "3.1416\n", "3.14159\n"),
        "AC"
    );
    assert_eq!(
        verdict("{float: {abs: 1e-6, rel: 1e-9}}", "3.1416\n", "3.14159\n"),
        "WA"
    );
    assert_eq!(verdict("float", "1e6\n", "1000000.0000001\n"), "AC");
}

#[test]
fn unordered_lines_and_tokens() {
    assert_eq!(verdict("unordered", "b\na\nc\n", "a\nb\nc\n"), "AC");
    assert_eq!(verdict("unordered", "a\na\nc\n", "a\nb\nc\n"), "WA");
    assert_eq!(verdict("{unordered: tokens}", "3 2\n1\n", "1 2 3\n"), "AC");
}

#[test]
fn case_insensitive() {
    assert_eq!(verdict("case-insensitive", "Yes\n", "YES\n"), "AC");
    assert_eq!(verdict("case-insensitive", "No\n", "YES\n"), "WA");
}

fn custom(protocol: &str, file: &str, output: &str) -> serde_json::Value {
    let yaml = format!(
        "title: Pair sum\ndifficulty: easy\nchecker: {{custom: {file}, protocol: {protocol}}}\ntests: [{{dir: tests}}]\n"
    );
    let checker = std::fs::read_to_string(fixture(&format!("checkers/{file}"))).unwrap();
    // The echo solution prints its input: the input is the target and then the "answer".
    let p = problem(
        &yaml,
        &[
            (file, &checker),
            ("tests/t.in", output),
            ("tests/t.ans", "unused\n"),
        ],
    );
    let run = Grind::new(&["test", "--all", "--json"])
        .arg(p.path())
        .arg(fixture("echo.c"))
        .run();
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.json()["tests"][0].clone()
}

#[test]
fn custom_checker_testlib_protocol() {
    // Input "10 3 7": target 10, and the echo prints "10 3 7" → three numbers: a
    // presentation error (WA), worded by the checker itself, so not said twice.
    let t = custom("testlib", "pair_sum_testlib.cpp", "10 3 7\n");
    assert_eq!(t["verdict"], "WA", "{t}");
    let detail = t["detail"].as_str().unwrap();
    assert!(detail.contains("extra output"), "{t}");
    assert_eq!(detail.matches("presentation error").count(), 1, "{t}");
    // "4 4": target 4, output "4 4" sums to 8: WA with the checker's message.
    let t = custom("testlib", "pair_sum_testlib.cpp", "4 4\n");
    assert!(t["detail"].as_str().unwrap().contains("4 + 4 != 4"), "{t}");
    // "0 0" sums to 0: accepted although the .ans file says something else.
    assert_eq!(
        custom("testlib", "pair_sum_testlib.cpp", "0 0\n")["verdict"],
        "AC"
    );
    // Exit 2 is a presentation error, reported as WA.
    let t = custom("testlib", "pair_sum_testlib.cpp", "7\n");
    assert!(
        t["detail"]
            .as_str()
            .unwrap()
            .starts_with("presentation error"),
        "{t}"
    );
    // Exit 3 means the checker itself failed: IE, never the user's fault.
    let t = custom("testlib", "pair_sum_testlib.cpp", "5 fail\n");
    assert_eq!(t["verdict"], "IE", "{t}");
}

#[test]
fn custom_checker_kattis_protocol() {
    assert_eq!(
        custom("kattis", "pair_sum_kattis.py", "0 0\n")["verdict"],
        "AC"
    );
    let t = custom("kattis", "pair_sum_kattis.py", "6 6\n");
    assert_eq!(t["verdict"], "WA");
    assert!(
        t["detail"].as_str().unwrap().contains("6 + 6 != 6"),
        "feedback file read: {t}"
    );
}
