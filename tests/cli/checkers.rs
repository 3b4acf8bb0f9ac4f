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

/// A 200 MB answer, and a solution that prints it with the very last byte changed:
/// every built-in checker finds the difference, and grind's own peak memory stays under
/// 64 MiB (256 MiB for unordered) — the output is streamed, never held whole.
#[test]
fn a_difference_at_the_last_byte_of_200_mb_is_found_in_bounded_memory() {
    use std::io::{Read, Write};
    const LINE: &str = "0123456789 abcdefghij ABCDEFGHIJ 0.5 x\n";
    let lines = 200_000_000 / LINE.len();
    let solution = format!(
        "#include <stdio.h>\n#include <string.h>\nint main(void) {{\n  static char buf[{size}];\n  const char *line = \"{line}\";\n  size_t n = strlen(line), per = sizeof buf / n;\n  for (size_t i = 0; i < per; i++) memcpy(buf + i * n, line, n);\n  for (long left = {lines}; left > 0; left -= per) {{\n    size_t k = left < (long)per ? (size_t)left : per;\n    if (left <= (long)per) buf[k * n - 2] = 'y';\n    fwrite(buf, 1, k * n, stdout);\n  }}\n  return 0;\n}}\n",
        size = LINE.len() * 4096,
        line = LINE.trim_end().to_string() + "\\n",
    );
    let p = problem(
        "title: Big\ndifficulty: easy\ntests: [{dir: tests}]\n",
        &[("tests/big.in", "go\n"), ("big.c", &solution)],
    );
    let mut answer =
        std::io::BufWriter::new(std::fs::File::create(p.path().join("tests/big.ans")).unwrap());
    for _ in 0..lines {
        answer.write_all(LINE.as_bytes()).unwrap();
    }
    answer.into_inner().unwrap().sync_all().unwrap();
    let yaml = p.path().join("problem.yaml");
    for (checker, bound_mib) in [
        ("tokens", 64),
        ("exact", 64),
        ("lines", 64),
        ("case-insensitive", 64),
        ("float", 64),
        ("unordered", 256),
        ("{unordered: tokens}", 256),
    ] {
        std::fs::write(
            &yaml,
            format!("title: Big\ndifficulty: easy\nchecker: {checker}\nlimits: {{time: 60s}}\ntests: [{{dir: tests}}]\n"),
        )
        .unwrap();
        // Reaped by wait4 below, which gives its resource use.
        #[allow(clippy::zombie_processes)]
        let mut child = Grind::new(&["test", "--all", "--json"])
            .arg(p.path())
            .arg(p.path().join("big.c"))
            .spawn_piped();
        let mut stdout = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        // wait4 gives the peak resident size of grind (its helper and the solution,
        // which are far smaller, are counted too: the larger figure wins).
        let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
        let pid = child.id() as libc::pid_t;
        assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
        let report: serde_json::Value =
            serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{checker}: {e}: {stdout}"));
        let test = &report["tests"][0];
        assert_eq!(test["verdict"], "WA", "{checker}: {stdout}");
        let detail = test["detail"].as_str().unwrap();
        if !checker.contains("unordered") {
            assert!(
                detail.contains(&format!("line {lines}")),
                "{checker}: {detail}"
            );
        }
        let peak_mib = usage.ru_maxrss as u64 / 1024;
        assert!(
            peak_mib <= bound_mib,
            "{checker}: grind's peak was {peak_mib} MiB (bound {bound_mib})"
        );
        eprintln!("{checker}: WA found, peak {peak_mib} MiB");
    }
}
