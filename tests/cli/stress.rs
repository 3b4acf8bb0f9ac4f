//! `grind stress`: seeded bugs are found and shrunk to minimal inputs, a right
//! solution finds nothing, the faults of a generator or a reference are reported as
//! theirs, and a found input can be saved for `grind test`.

use super::{Grind, fixture, problem};
use serde_json::Value;

fn sum_list() -> std::path::PathBuf {
    fixture("stress/sum-list")
}

/// `grind stress --json` on the sum-list fixture problem: (exit code, report).
fn stress(solution: &str, extra: &[&str]) -> (i32, Value) {
    let run = Grind::new(&["stress", "--json", "--seed", "7", "--time", "300s"])
        .arg(sum_list())
        .arg(fixture(&format!("stress/wrong/{solution}")))
        .args(extra)
        .run();
    assert!(run.code == 0 || run.code == 1, "{solution}: {}", run.stderr);
    (run.code, run.json())
}

#[test]
fn seeded_bugs_are_found_and_shrunk_to_minimal_inputs() {
    // Off by one on the last element: one element, moved as close to zero as fails.
    let (code, found) = stress("skips-last.c", &["--tries", "200"]);
    assert_eq!(code, 1);
    assert_eq!(found["verdict"], "WA");
    assert_eq!(found["input"], "1\n1\n", "{found:#}");
    assert_eq!(found["expected"], "1\n");
    assert_eq!(found["actual"], "0\n");
    // A crash on the empty list: nothing at all is left.
    let (_, found) = stress("first-element.py", &["--tries", "200"]);
    assert_eq!(found["verdict"], "RE");
    assert_eq!(found["input"], "0\n\n", "{found:#}");
    // A 32-bit sum: values of at most 10^9 need three to overflow, and the sum
    // shrinks to the first one past the range.
    let (_, found) = stress("int32.c", &["--tries", "400"]);
    assert_eq!(found["verdict"], "WA", "{found:#}");
    let input = found["input"].as_str().unwrap();
    let values: Vec<i64> = input
        .lines()
        .nth(1)
        .unwrap()
        .split(' ')
        .map(|v| v.parse().unwrap())
        .collect();
    assert_eq!(input.lines().next(), Some("3"), "{input}");
    assert_eq!(values.len(), 3, "{input}");
    assert_eq!(values.iter().sum::<i64>(), 1 << 31, "{input}");
    assert_eq!(found["expected"], "2147483648\n");
    let original = found["original_input"].as_str().unwrap();
    assert!(original.len() >= input.len(), "{original}");
    assert!(found["shrink_steps"].as_u64().unwrap() > 0);
}

#[test]
fn a_right_solution_finds_nothing_and_the_same_seed_repeats_a_run() {
    let (code, report) = stress("right.cpp", &["--tries", "40"]);
    assert_eq!(code, 0);
    assert_eq!(report["found"], false);
    assert_eq!(report["tries"], 40);
    // A brute force of the user's own as the reference, one worker or two: the same
    // seed finds the same first failure.
    let against = fixture("stress/wrong/right.cpp");
    let mut seen = Vec::new();
    for jobs in ["1", "2"] {
        let (code, found) = stress(
            "skips-last.c",
            &[
                "--tries",
                "200",
                "--jobs",
                jobs,
                "--against",
                against.to_str().unwrap(),
            ],
        );
        assert_eq!(code, 1);
        seen.push((found["tries"].clone(), found["original_input"].clone()));
    }
    assert_eq!(seen[0], seen[1]);
}

#[test]
fn tle_hunts_grow_the_input_until_the_time_limit() {
    let (code, found) = stress("exponential.c", &["--tle", "--max-n", "60"]);
    assert_eq!(code, 1, "{found:#}");
    assert_eq!(found["verdict"], "TLE");
    // 2^n steps pass a second somewhere past n = 20: never on the tiny inputs.
    assert!(found["size"].as_u64().unwrap() >= 16, "{found:#}");
}

#[test]
fn a_found_input_is_saved_for_grind_test() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sum.c");
    std::fs::copy(fixture("stress/wrong/skips-last.c"), &file).unwrap();
    let run = Grind::new(&["stress", "--seed", "7", "--save"])
        .arg(sum_list())
        .arg(&file)
        .expect(1);
    assert!(
        run.stdout.contains("saved as test stress-1"),
        "{}",
        run.stdout
    );
    let saved = std::fs::read_to_string(dir.path().join("sum.tests.yaml")).unwrap();
    assert!(saved.contains("stress-1"), "{saved}");
    let test = Grind::new(&["test", "--json", "--keep-going"])
        .arg(sum_list())
        .arg(&file)
        .expect(1)
        .json();
    let failed: Vec<&str> = test["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["verdict"] == "WA")
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["sample-1", "stress-1"]);
    // A second save takes the next name, keeping the first.
    Grind::new(&["stress", "--seed", "8", "--save"])
        .arg(sum_list())
        .arg(&file)
        .expect(1);
    let saved = std::fs::read_to_string(dir.path().join("sum.tests.yaml")).unwrap();
    assert!(
        saved.contains("stress-1") && saved.contains("stress-2"),
        "{saved}"
    );
}

/// A copy of the sum-list problem with some of its files replaced.
fn variant(yaml_edit: &dyn Fn(String) -> String, files: &[(&str, &str)]) -> tempfile::TempDir {
    let read = |f: &str| std::fs::read_to_string(sum_list().join(f)).unwrap();
    let yaml = yaml_edit(read("problem.yaml"));
    let mut all: Vec<(&str, String)> = [
        "generators/gen.py",
        "generators/validator.c",
        "solutions/accepted/main.c",
    ]
    .iter()
    .map(|f| (*f, read(f)))
    .collect();
    for (name, text) in files {
        all.retain(|(n, _)| n != name);
        all.push((name, text.to_string()));
    }
    let borrowed: Vec<(&str, &str)> = all.iter().map(|(n, t)| (*n, t.as_str())).collect();
    problem(&yaml, &borrowed)
}

fn refused(p: &tempfile::TempDir, extra: &[&str]) -> String {
    let run = Grind::new(&["stress", "--seed", "1", "--tries", "50"])
        .arg(p.path())
        .arg(fixture("stress/wrong/right.cpp"))
        .args(extra)
        .expect(2);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr
}

#[test]
fn faults_of_the_generator_or_the_reference_are_theirs() {
    // No generator, none given.
    let p = variant(
        &|y| {
            y.replace(
                "  - generate: {program: generators/gen.py, seeds: [1, 2]}\n",
                "  - dir: tests\n",
            )
        },
        &[("tests/a.in", "1\n5\n"), ("tests/a.ans", "5\n")],
    );
    let err = refused(&p, &[]);
    assert!(
        err.contains("has no generator") && err.contains("--gen"),
        "{err}"
    );
    // ...but one given on the command line is used.
    let generator = p.path().join("generators/gen.py");
    let run = Grind::new(&["stress", "--json", "--seed", "1", "--tries", "10", "--gen"])
        .arg(&generator)
        .arg(p.path())
        .arg(fixture("stress/wrong/right.cpp"))
        .expect(0);
    assert_eq!(run.json()["tries"], 10);
    // A generator that crashes.
    let p = variant(
        &|y| y,
        &[("generators/gen.py", "import sys\nsys.exit('no luck')\n")],
    );
    let err = refused(&p, &[]);
    assert!(
        err.contains("generator") && err.contains("exited with code 1"),
        "{err}"
    );
    assert!(err.contains("no luck"), "{err}");
    // A generator whose input the validator refuses (n = 2000 > 1000).
    let p = variant(
        &|y| y,
        &[(
            "generators/gen.py",
            "print(2000)\nprint(' '.join(['1'] * 2000))\n",
        )],
    );
    let err = refused(&p, &[]);
    assert!(
        err.contains("printed an invalid input") && err.contains("outside [0, 1000]"),
        "{err}"
    );
    assert!(err.contains("generator's fault"), "{err}");
    // An input that does not fit the declared format is refused before anything runs.
    let p = variant(&|y| y, &[("generators/gen.py", "print(3)\nprint('1 2')\n")]);
    let err = refused(&p, &[]);
    assert!(
        err.contains("invalid input") && err.contains("line 2"),
        "{err}"
    );
    // A reference that crashes on a valid input.
    let p = variant(
        &|y| y,
        &[(
            "solutions/accepted/main.c",
            "int main(void) { return 3; }\n",
        )],
    );
    let err = refused(&p, &[]);
    assert!(err.contains("the reference") && err.contains("RE"), "{err}");
    // A reference whose answers the checker refuses: a checker that wants a sum
    // printed with a plus sign, which the reference never writes.
    let checker = "import sys\nout = open(sys.argv[2]).read().split()\nsys.exit(0 if out and out[0].startswith('+') else 1)\n";
    let p = variant(
        &|y| {
            y.replace(
                "checker: tokens",
                "checker: {custom: check.py, protocol: testlib}",
            )
        },
        &[("check.py", checker)],
    );
    let err = refused(&p, &[]);
    assert!(err.contains("the reference") && err.contains("WA"), "{err}");
}

#[test]
fn check_proves_tests_and_small_tests_obey_the_input_rules() {
    // A hidden test with n = 2 and three values; a generator whose small tests ignore
    // the size it is given is fine as long as they are valid.
    let p = variant(
        &|y| y.replace("tests:\n", "tests:\n  - dir: tests\n"),
        &[("tests/bad.in", "2\n1 2 3\n"), ("tests/bad.ans", "6\n")],
    );
    let run = Grind::new(&["check", "--json"]).arg(p.path()).expect(1);
    let findings = run.json()[0]["findings"].clone();
    let rules = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["what"] == "input rules")
        .unwrap();
    assert_eq!(rules["ok"], false);
    assert!(
        rules["detail"].as_str().unwrap().contains("test bad"),
        "{rules}"
    );
    let stress = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["what"] == "stress")
        .unwrap();
    assert_eq!(stress["ok"], true, "{stress}");
    // A generator that cannot make small tests is named.
    let p = variant(
        &|y| y,
        &[(
            "generators/gen.py",
            "import sys\nif '--max-n' in sys.argv: sys.exit('no small tests')\nprint(1)\nprint(5)\n",
        )],
    );
    let run = Grind::new(&["check", "--json"]).arg(p.path()).expect(1);
    let text = run.stdout;
    assert!(
        text.contains("small tests are not valid") && text.contains("no small tests"),
        "{text}"
    );
}

/// `grind stress --json` on a bank problem and a wrong solution.
fn bank_stress(problem: &str, solution: &std::path::Path) -> Value {
    let run = Grind::new(&["stress", "--json", "--seed", "1", "--time", "300s", problem])
        .arg(solution)
        .expect(1);
    run.json()
}

#[test]
fn bank_problems_find_their_seeded_bugs_minimal() {
    let bank = super::repo().join("problems");
    // Ties counted as inversions: two equal values, nothing else.
    let found = bank_stress(
        "count-inversions",
        &bank.join("count-inversions/solutions/wrong_answer/counts-equal.cpp"),
    );
    assert_eq!(found["verdict"], "WA");
    assert_eq!(found["input"], "2\n0 0\n", "{found:#}");
    // The last window left out: two values, a window of one, the last one not zero.
    let found = bank_stress(
        "max-sum-window",
        &bank.join("max-sum-window/solutions/wrong_answer/skips-last-window.cpp"),
    );
    let input = found["input"].as_str().unwrap();
    let lines: Vec<&str> = input.lines().collect();
    assert_eq!(lines[0], "2 1", "{found:#}");
    assert!(lines[1].split(' ').next_back() != Some("0"), "{found:#}");
    // An empty tree (a function-signature problem: the input is JSON).
    let found = bank_stress(
        "level-averages",
        &fixture("stress/bank/level-averages-no-empty.py"),
    );
    assert_eq!(found["verdict"], "RE");
    assert_eq!(found["input"], "[]\n", "{found:#}");
}

#[test]
fn bad_input_rules_in_problem_yaml_are_refused_at_their_line() {
    let refused = |yaml: &str, files: &[(&str, &str)], says: &str, line: &str| {
        let p = problem(yaml, files);
        let run = Grind::new(&["test"])
            .arg(p.path())
            .arg(fixture("stress/wrong/right.cpp"))
            .expect(2);
        assert!(run.stderr.contains(says), "{}", run.stderr);
        assert!(
            run.stderr.contains(&format!("problem.yaml:{line}:")),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    };
    let sample = "samples: [{input: \"1\\n5\\n\", output: \"5\\n\"}]\n";
    refused(
        &format!("title: S\ndifficulty: easy\nvalidator: nowhere.py\n{sample}"),
        &[],
        "validator: `nowhere.py` does not exist",
        "3",
    );
    refused(
        &format!("title: S\ndifficulty: easy\nformat: [\"n\", \"a[m]\"]\n{sample}"),
        &[],
        "uses `m`, which no earlier line defines",
        "3",
    );
    refused(
        &format!(
            "title: S\ndifficulty: easy\nsignature: {{function: f, params: [{{name: a, type: int}}], returns: int}}\nformat: [\"n\"]\n{sample}"
        ),
        &[],
        "input shape is its signature",
        "4",
    );
}

/// A Python generator prints the same test for a seed on every run, even one that
/// depends on string hashing (the order of a set of strings).
#[test]
fn a_python_generator_repeats_itself_whatever_it_hashes() {
    let p = variant(&|y| y, &[]);
    let generator = p.path().join("generators/hashing.py");
    std::fs::write(&generator, "print(1)\nprint(hash('abcdef') % 1000 + 1)\n").unwrap();
    let zero = p.path().join("zero.py");
    std::fs::write(&zero, "print(0)\n").unwrap();
    let inputs: Vec<Value> = (0..2)
        .map(|_| {
            let run = Grind::new(&["stress", "--json", "--seed", "1", "--tries", "1", "--gen"])
                .arg(&generator)
                .arg(p.path())
                .arg(&zero)
                .run();
            run.json()["original_input"].clone()
        })
        .collect();
    assert!(inputs[0].is_string(), "{inputs:?}");
    assert_eq!(inputs[0], inputs[1]);
}
