//! `grind check`: a sound problem passes; each kind of authoring mistake is reported
//! with the problem, the file and what to fix, and makes the exit code non-zero.

use super::{Grind, problem};

const YAML: &str = "title: Double\ndifficulty: easy\nlimits: {time: 1s}\nsamples:\n  - input: \"2\\n\"\n    output: \"4\\n\"\ntests: [{dir: tests}]\n";
const GOOD: &str = "#include <stdio.h>\nint main(void){long long x;scanf(\"%lld\",&x);printf(\"%lld\\n\",2*x);return 0;}\n";
const WRONG: &str =
    "#include <stdio.h>\nint main(void){int x;scanf(\"%d\",&x);printf(\"%d\\n\",x+x);return 0;}\n";
const SLOW: &str = "#include <stdio.h>\nint main(void){long long x;scanf(\"%lld\",&x);volatile long long s=0;for(long long i=0;i<x;i++)s+=2;printf(\"%lld\\n\",(long long)s);return 0;}\n";

fn files<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("tests/1.in", "3\n"),
        ("tests/1.ans", "6\n"),
        ("tests/2.in", "3000000000\n"),
        ("tests/2.ans", "6000000000\n"),
        ("solutions/accepted/good.c", GOOD),
        ("solutions/accepted/good.py", "print(2*int(input()))\n"),
        ("solutions/wrong_answer/int.c", WRONG),
    ];
    f.extend_from_slice(extra);
    f
}

#[test]
fn a_sound_problem_passes() {
    let p = problem(YAML, &files(&[]));
    let run = Grind::new(&["check"]).arg(p.path()).expect(0);
    assert!(
        run.stdout.contains("accepted/good.c") && run.stdout.contains("AC 3/3"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("wrong_answer/int.c") && run.stdout.contains("WA on test 2"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("all sound"), "{}", run.stdout);
}

#[test]
fn slow_solution_must_time_out_and_does() {
    let yaml = YAML.replace("tests: [{dir: tests}]", "tests: [{dir: tests}, {dir: big}]");
    let p = problem(
        &yaml,
        &files(&[
            ("big/1.in", "40000000000\n"),
            ("big/1.ans", "80000000000\n"),
            ("solutions/time_limit_exceeded/loop.c", SLOW),
        ]),
    );
    // The accepted Python solution is instant; the loop takes seconds on the big test
    // (and may already run out of time on the 3e9 one on a busy machine).
    let run = Grind::new(&["check", "--json"]).arg(p.path()).expect(0);
    let report = run.json();
    let finding = report[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["what"] == "time_limit_exceeded/loop.c")
        .unwrap()
        .clone();
    assert_eq!(finding["ok"], true, "{finding}");
    assert!(
        finding["detail"]
            .as_str()
            .unwrap()
            .starts_with("TLE on test "),
        "{finding}"
    );
}

#[test]
fn each_authoring_mistake_is_reported() {
    // An accepted solution that is wrong, a wrong one the tests miss, a slow one that is fast.
    let p = problem(
        YAML,
        &files(&[
            ("solutions/accepted/bad.c", WRONG),
            ("solutions/wrong_answer/fine.c", GOOD),
            ("solutions/time_limit_exceeded/fast.c", GOOD),
        ]),
    );
    let run = Grind::new(&["check"]).arg(p.path()).expect(1);
    let line = |what: &str| {
        run.stdout
            .lines()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what} in {}", run.stdout))
            .to_string()
    };
    assert!(
        line("accepted/bad.c").contains("FAIL") && line("accepted/bad.c").contains("WA on test 2"),
        "{}",
        run.stdout
    );
    assert!(
        line("wrong_answer/fine.c").contains("passes every test"),
        "{}",
        run.stdout
    );
    assert!(
        line("time_limit_exceeded/fast.c").contains("expected TLE"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("with problems"), "{}", run.stdout);
}

#[test]
fn missing_answer_and_missing_statement() {
    let p = problem(YAML, &files(&[("tests/3.in", "1\n")]));
    std::fs::write(p.path().join("statement.md"), "").unwrap();
    let run = Grind::new(&["check"]).arg(p.path()).expect(1);
    assert!(
        run.stdout.contains("statement.md") && run.stdout.contains("missing or empty"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("3.in has no answer file"),
        "{}",
        run.stdout
    );
}

#[test]
fn generator_that_loops_forever_is_stopped_and_named() {
    let yaml = YAML.replace(
        "tests: [{dir: tests}]",
        "tests: [{generate: {program: gen.py, seeds: [1]}}]",
    );
    let p = problem(&yaml, &files(&[("gen.py", "while True:\n    pass\n")]));
    let run = Grind::new(&["check"]).arg(p.path()).expect(1);
    assert!(
        run.stdout.contains("gen.py with seed 1 was stopped"),
        "{}",
        run.stdout
    );
}

#[test]
fn broken_yaml_is_reported_per_problem() {
    let bad = problem("title: [unclosed\n", &[]);
    let good = problem(YAML, &files(&[]));
    let run = Grind::new(&["check"])
        .arg(bad.path())
        .arg(good.path())
        .expect(1);
    assert!(
        run.stdout.contains("invalid problem.yaml"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1 with problems"),
        "the good one still passes: {}",
        run.stdout
    );
    // Checked in parallel, shown in the order given, each problem's findings together:
    // the broken one (quick) waits for nothing, the good one's follow it.
    let name = |p: &tempfile::TempDir| p.path().file_name().unwrap().to_string_lossy().into_owned();
    let (at_bad, at_good) = (
        run.stdout.find(&name(&bad)).unwrap(),
        run.stdout.find(&name(&good)).unwrap(),
    );
    assert!(at_bad < at_good, "{}", run.stdout);
    let failure = run.stdout.find("invalid problem.yaml").unwrap();
    assert!(at_bad < failure && failure < at_good, "{}", run.stdout);
    let reversed = Grind::new(&["check", "-j2"])
        .arg(good.path())
        .arg(bad.path())
        .expect(1);
    let (at_bad, at_good) = (
        reversed.stdout.find(&name(&bad)).unwrap(),
        reversed.stdout.find(&name(&good)).unwrap(),
    );
    assert!(at_good < at_bad, "{}", reversed.stdout);
    assert!(reversed.stdout.find("invalid problem.yaml").unwrap() > at_bad);
}
