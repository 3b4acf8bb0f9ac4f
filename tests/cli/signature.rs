//! Function-signature problems: every driver reads and writes every type, candidates
//! are judged on what they return whatever they print, and bad signatures, bad tests
//! and renamed functions get clear errors.

use super::{Grind, fixture};
use serde_json::Value;
use std::path::{Path, PathBuf};

const LANGS: [(&str, &str); 7] = [
    ("c", "c"),
    ("cpp", "cpp"),
    ("rust", "rs"),
    ("go", "go"),
    ("java", "java"),
    ("python", "py"),
    ("javascript", "js"),
];

fn pair_target() -> PathBuf {
    fixture("signature/pair-target")
}

/// `grind test pair-target` on `code` written to `dir/name`; it must not be accepted.
fn rejected(dir: &Path, name: &str, code: &str) -> super::Run {
    let file = dir.join(name);
    std::fs::write(&file, code).unwrap();
    Grind::new(&["test"])
        .arg(pair_target())
        .arg(&file)
        .expect(1)
}

/// One test's row of a JSON report.
fn test_named(report: &Value, name: &str) -> Value {
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == name)
        .unwrap_or_else(|| panic!("no test {name} in {report:#}"))
        .clone()
}

fn judge(problem: &Path, file: &Path) -> Value {
    let run = Grind::new(&["test", "--all", "--json"])
        .arg(problem)
        .arg(file)
        .run();
    assert!(
        run.code == 0 || run.code == 1,
        "{}: exit {}\n{}",
        file.display(),
        run.code,
        run.stderr
    );
    run.json()
}

/// One test per language: accepted with debug prints, wrong answer, runtime error in
/// the function — each in the candidate's file, named by the traceback or the signal.
#[test]
fn every_language_gets_ac_wa_and_re_on_a_function() {
    let dirs = ["c", "cpp", "rust", "go", "java", "python", "js"];
    std::thread::scope(|s| {
        for lang in dirs {
            s.spawn(move || {
                let dir = fixture(&format!("signature/solutions/{lang}"));
                for verdict in ["AC", "WA", "RE"] {
                    let file = std::fs::read_dir(&dir)
                        .unwrap()
                        .flatten()
                        .map(|e| e.path())
                        .find(|p| p.file_stem().unwrap() == verdict)
                        .unwrap();
                    let report = judge(&pair_target(), &file);
                    assert_eq!(report["summary"]["verdict"], verdict, "{lang}: {report:#}");
                    if verdict == "AC" {
                        assert_eq!(report["summary"]["passed"], 5, "{lang}");
                    }
                }
            });
        }
    });
}

#[test]
fn debug_prints_are_shown_apart_from_the_returned_value() {
    // The accepted Python solution prints on every call and is still accepted ...
    let ok = judge(&pair_target(), &fixture("signature/solutions/python/AC.py"));
    assert_eq!(ok["summary"]["verdict"], "AC");
    assert_eq!(ok["tests"][0]["stdout"], "debug: 4 numbers\n", "{ok:#}");
    // ... and a failing one shows what it returned against what was expected, then
    // what it printed, as LeetCode's "Stdout".
    let dir = tempfile::tempdir().unwrap();
    let run = rejected(
        dir.path(),
        "pair.py",
        "class Solution:\n    def pair_target(self, nums, target):\n        print('looking at', nums)\n        return [1, 0]\n",
    );
    let out = &run.stdout;
    assert!(out.contains("[0]: expected 0, found 1"), "{out}");
    assert!(out.contains("│ returned"), "{out}");
    let printed = out.find("your output (stdout):").expect("stdout section");
    assert!(
        out[printed..].contains("looking at [2, 7, 11, 15]"),
        "{out}"
    );
}

#[test]
fn runtime_errors_point_into_the_candidates_file() {
    for (file, needle) in [
        ("rust/RE.rs", "RE.rs:4"),
        ("java/RE.java", "(RE.java:4)"),
        ("python/RE.py", "File \"RE.py\", line 4, in pair_target"),
        ("js/RE.js", "RE.js:3"),
        ("go/RE.go", "RE.go:5"),
    ] {
        let run = Grind::new(&["test"])
            .arg(pair_target())
            .arg(fixture(&format!("signature/solutions/{file}")))
            .expect(1);
        assert!(run.stdout.contains(needle), "{file}:\n{}", run.stdout);
        assert!(!run.stdout.contains("main.py\""), "{file}:\n{}", run.stdout);
    }
}

/// Each type, in each language: a function that returns its first argument must give
/// back exactly what it was given, and so must one that changes it in place but leaves
/// it as it is. Proves every reader and writer of every driver.
#[test]
fn every_type_round_trips_through_every_driver() {
    let cases: &[(&str, &[&str])] = &[
        ("int", &["-2147483648", "2147483647"]),
        ("long", &["-9007199254740991", "123456789012"]),
        ("double", &["0.1", "-2.5e-7", "3"]),
        ("bool", &["true", "false"]),
        ("string", &[r#""""#, r#""a \"q\" \\ é😀\n\t/""#]),
        ("char", &[r#""z""#, r#""\"""#]),
        ("int[]", &["[]", "[3,-1,2147483647]"]),
        ("long[][]", &["[[1,2],[],[-9007199254740991]]", "[]"]),
        ("double[]", &["[1.5,-0.25,1e-9]"]),
        ("bool[][]", &["[[true],[false,true]]"]),
        ("string[]", &[r#"["","ab","c d"]"#]),
        ("char[][]", &[r##"[["a","#"],["."]]"##]),
        ("ListNode", &["[]", "[1,2,3]"]),
        ("ListNode[]", &["[]", "[[1,2],[],[3]]"]),
        ("TreeNode[]", &["[[1,null,2],[],[4,5]]"]),
        (
            "TreeNode",
            &[
                "[]",
                "[1,null,2,3]",
                "[5,4,8,11,null,13,4,7,2,null,null,null,1]",
            ],
        ),
    ];
    // Each case as a function returning x, and (for the types a function can change)
    // as a void function changing x in place that leaves it as it is.
    let root = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for (i, (ty, values)) in cases.iter().enumerate() {
        let in_place = [
            "int[]",
            "char[][]",
            "string[]",
            "ListNode",
            "TreeNode",
            "ListNode[]",
        ]
        .contains(ty);
        for keep in [false, true] {
            if keep && !in_place {
                continue;
            }
            let name = format!("{}-{i}", if keep { "keep" } else { "echo" });
            let dir = root.path().join(&name);
            std::fs::create_dir_all(&dir).unwrap();
            let samples: Vec<Value> = values
                .iter()
                .map(|v| serde_json::json!({"input": format!("{v}\n7\n"), "output": format!("{v}\n")}))
                .collect();
            let mut signature = serde_json::json!({"function": "echo", "params": [{"name": "x", "type": ty}, {"name": "y", "type": "int"}], "returns": ty});
            if keep {
                signature["returns"] = "void".into();
                signature["modifies"] = "x".into();
            }
            let meta = serde_json::json!({
                "title": format!("Echo {ty}"),
                "difficulty": "easy",
                "signature": signature,
                "samples": samples,
            });
            std::fs::write(
                dir.join("problem.yaml"),
                serde_yaml::to_string(&meta).unwrap(),
            )
            .unwrap();
            std::fs::write(
                dir.join("statement.md"),
                format!("# Echo\n\nGives back x, a {ty}.\n"),
            )
            .unwrap();
            problems.push((name, *ty, keep));
        }
    }
    std::thread::scope(|s| {
        for (lang, ext) in LANGS {
            let (root, problems) = (root.path(), &problems);
            s.spawn(move || {
                for (name, ty, keep) in problems {
                    let problem = root.join(name);
                    let work = root.join(format!("{lang}-{name}"));
                    std::fs::create_dir_all(&work).unwrap();
                    Grind::new(&["new", "--lang", lang])
                        .arg(&problem)
                        .dir(&work)
                        .expect(0);
                    let file = work.join(format!("{name}.{ext}"));
                    let stub = std::fs::read_to_string(&file).unwrap();
                    let body = match (lang, ty.matches("[]").count()) {
                        ("c", 1) => "*return_size = x_size; return x;",
                        ("c", 2) => {
                            "*return_size = x_size; *return_column_sizes = x_col_size; return x;"
                        }
                        ("rust" | "go" | "python", _) => "return x",
                        _ => "return x;",
                    };
                    // Changing nothing in place: the untouched stub, but Rust's todo!().
                    let code = match (lang, keep) {
                        ("rust", true) => stub.replace("todo!()", "let _ = (x, y);"),
                        (_, true) => stub.clone(),
                        ("rust", false) => stub.replace("todo!()", "x"),
                        ("python", false) => stub.replace("pass", body),
                        (_, false) => stub.replacen("{\n\n", &format!("{{\n    {body}\n"), 1),
                    };
                    assert!(
                        code != stub || (*keep && lang != "rust"),
                        "{lang}: the stub changed shape:\n{stub}"
                    );
                    std::fs::write(&file, code).unwrap();
                    let report = judge(&problem, &file);
                    assert_eq!(
                        report["summary"]["verdict"], "AC",
                        "{lang} {name} ({ty}): {report:#}"
                    );
                }
            });
        }
    });
}

#[test]
fn stubs_declare_the_function_in_each_languages_convention() {
    for (lang, ext, decl) in [
        (
            "c",
            "c",
            "int* pair_target(int* nums, int nums_size, int target, int* return_size) {",
        ),
        (
            "cpp",
            "cpp",
            "vector<int> pairTarget(vector<int>& nums, int target) {",
        ),
        (
            "rust",
            "rs",
            "pub fn pair_target(nums: Vec<i32>, target: i32) -> Vec<i32> {",
        ),
        (
            "go",
            "go",
            "func pairTarget(nums []int, target int) []int {",
        ),
        (
            "java",
            "java",
            "public int[] pairTarget(int[] nums, int target) {",
        ),
        (
            "python",
            "py",
            "def pair_target(self, nums: List[int], target: int) -> List[int]:",
        ),
        ("javascript", "js", "function pairTarget(nums, target) {"),
    ] {
        let run = Grind::new(&["new", "--lang", lang])
            .arg(pair_target())
            .expect(0);
        let stub =
            std::fs::read_to_string(run.home.path().join(format!("pair-target.{ext}"))).unwrap();
        assert!(stub.contains(decl), "{lang}:\n{stub}");
        assert!(
            stub.contains("Return the two positions"),
            "{lang}: summary\n{stub}"
        );
        assert!(!stub.contains("stdin"), "{lang}: no input code\n{stub}");
    }
}

#[test]
fn stdin_mode_is_a_full_program_judged_on_the_same_tests() {
    let run = Grind::new(&["new", "--lang", "python", "--mode", "stdin"])
        .arg(pair_target())
        .expect(0);
    let file = run.home.path().join("pair-target.py");
    let template = std::fs::read_to_string(&file).unwrap();
    assert!(template.contains("grind: stdin"), "{template}");
    // The template's comment lines (the marker among them), then a program of our own.
    let header: String = template
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let program = format!(
        "{header}import json, sys\nnums = json.loads(sys.stdin.readline())\ntarget = int(sys.stdin.readline())\nseen = {{}}\nfor i, x in enumerate(nums):\n    if target - x in seen:\n        print(json.dumps([seen[target - x], i]))\n        break\n    seen[x] = i\n"
    );
    std::fs::write(&file, program).unwrap();
    let report = judge(&pair_target(), &file);
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}");
    assert_eq!(report["summary"]["passed"], report["summary"]["total"]);
    // A problem without a signature has no function mode.
    let run = Grind::new(&["new", "--mode", "function"])
        .arg(fixture("aplusb"))
        .expect(2);
    assert!(
        run.stderr.contains("has no function signature"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_renamed_function_is_a_compile_error_naming_the_expected_one() {
    let dir = tempfile::tempdir().unwrap();
    for (name, code, expected) in [
        (
            "pair.java",
            "class Solution {\n    public int[] findPair(int[] nums, int target) { return null; }\n}\n",
            "public int[] pairTarget(int[] nums, int target)",
        ),
        (
            "pair.py",
            "class Solution:\n    def find_pair(self, nums, target):\n        return []\n",
            "def pair_target(self, nums: List[int], target: int) -> List[int]:",
        ),
    ] {
        let run = rejected(dir.path(), name, code);
        assert!(run.stdout.contains("CE"), "{}", run.stdout);
        assert!(
            run.stdout.contains("grind expected the function"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(expected), "{}", run.stdout);
    }
    // Right name, wrong parameters: the compiler's error, explained.
    let run = rejected(
        dir.path(),
        "pair.cpp",
        "class Solution {\npublic:\n    vector<int> pairTarget(vector<int>& nums) { return {}; }\n};\n",
    );
    assert!(run.stdout.contains("pair.cpp:3:"), "{}", run.stdout);
    assert!(
        run.stdout.contains("main.cpp is grind's driver"),
        "{}",
        run.stdout
    );
}

#[test]
fn compile_errors_point_into_the_candidates_file() {
    let dir = tempfile::tempdir().unwrap();
    for (name, code, place) in [
        (
            "p.cpp",
            "class Solution {\npublic:\n    vector<int> pairTarget(vector<int>& nums, int target) {\n        return undefined_name;\n    }\n};\n",
            "p.cpp:4:16",
        ),
        (
            "p.c",
            "int* pair_target(int* nums, int nums_size, int target, int* return_size) {\n    return undefined_name;\n}\n",
            "p.c:2:12",
        ),
        (
            "p.rs",
            "impl Solution {\n    pub fn pair_target(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        undefined_name\n    }\n}\n",
            "p.rs:3:9",
        ),
        (
            "p.go",
            "package main\n\nfunc pairTarget(nums []int, target int) []int {\n\treturn undefinedName\n}\n",
            "p.go:4:9",
        ),
    ] {
        let run = rejected(dir.path(), name, code);
        assert!(run.stdout.contains(place), "{name}:\n{}", run.stdout);
    }
}

fn problem_with(dir: &Path, signature: &str, input: &str) {
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::write(
        dir.join("problem.yaml"),
        format!(
            "title: Sum\ndifficulty: easy\nlimits: {{time: 1s, memory: 64MiB}}\nsignature:\n{signature}\nsamples:\n  - input: \"[1,2]\\n\"\n    output: \"3\\n\"\ntests:\n  - dir: tests\n"
        ),
    )
    .unwrap();
    std::fs::write(dir.join("statement.md"), "# Sum\n\nAdd them up.\n").unwrap();
    std::fs::write(dir.join("tests/bad.in"), input).unwrap();
    std::fs::write(dir.join("tests/bad.ans"), "3\n").unwrap();
    std::fs::create_dir_all(dir.join("solutions/accepted")).unwrap();
    std::fs::write(
        dir.join("solutions/accepted/sum.py"),
        "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
    )
    .unwrap();
}

const SUM: &str = "  function: total\n  params: [{name: nums, type: \"int[]\"}]\n  returns: long";

#[test]
fn an_unknown_type_points_at_the_signature() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("sum");
    problem_with(
        &p,
        "  function: total\n  params: [{name: nums, type: \"integer[]\"}]\n  returns: long",
        "[1]\n",
    );
    let run = Grind::new(&["show"]).arg(&p).expect(2);
    assert!(run.stderr.contains("unknown type"), "{}", run.stderr);
    assert!(run.stderr.contains("problem.yaml:6:"), "{}", run.stderr);
    assert!(run.stderr.contains("int, long, double"), "{}", run.stderr);
}

#[test]
fn a_test_that_does_not_match_the_signature_is_an_internal_error() {
    // (input, what is wrong, whether a parameter is at fault: an extra line has none)
    for (input, why, parameter) in [
        ("[1,2]\n5\n", "line 2", false),
        ("[1,2\n", "not JSON", true),
        ("[1,3000000000]\n", "out of range", true),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sum");
        problem_with(&p, SUM, input);
        let run = Grind::new(&["test", "--all", "--json"])
            .arg(&p)
            .arg(p.join("solutions/accepted/sum.py"))
            .expect(1);
        let bad = test_named(&run.json(), "bad");
        assert_eq!(bad["verdict"], "IE", "{bad}");
        let detail = bad["detail"].as_str().unwrap();
        assert!(detail.contains("test bad"), "{detail}");
        assert_eq!(detail.contains("parameter `nums`"), parameter, "{detail}");
        assert!(detail.contains(why), "{detail}");
        // grind check names it before any solution runs.
        let run = Grind::new(&["check"]).arg(&p).expect(1);
        assert!(
            run.stdout.contains("do not match the signature"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(why), "{}", run.stdout);
    }
}

/// `grind review` shows a failed function's returned value and, apart, what it printed;
/// a history written before prints were kept is upgraded in place and still reviewed.
#[test]
fn review_keeps_what_a_function_printed() {
    let desk = super::Desk::new();
    let file = desk.work.path().join("pair.py");
    std::fs::write(
        &file,
        "class Solution:\n    def pair_target(self, nums, target):\n        print('scanning', len(nums))\n        return [1, 0]\n",
    )
    .unwrap();
    let submit = |expect| {
        desk.grind(&["submit"])
            .arg(pair_target())
            .arg(&file)
            .expect(expect)
    };
    submit(1);
    // Make it a version-1 history, as an older grind left it.
    {
        let db = desk.home.path().join("history.db");
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch(
            "ALTER TABLE failed_cases DROP COLUMN printed; ALTER TABLE failed_cases DROP COLUMN diff_window; ALTER TABLE failed_cases DROP COLUMN transcript; PRAGMA user_version = 1;",
        )
            .unwrap();
    }
    let old = desk.grind(&["review", "1"]).expect(0);
    assert!(
        old.stdout.contains("[0]: expected 0, found 1"),
        "{}",
        old.stdout
    );
    assert!(
        !old.stdout.contains("your output (stdout)"),
        "{}",
        old.stdout
    );
    submit(1);
    let new = desk.grind(&["review", "2"]).expect(0);
    assert!(new.stdout.contains("│ returned"), "{}", new.stdout);
    let printed = new.stdout.find("your output (stdout):").expect("kept");
    assert!(
        new.stdout[printed..].contains("scanning 4"),
        "{}",
        new.stdout
    );
}

/// A design failure far into a long test: `submit` and, later, `review` show the same
/// first difference and name the call that made it, though review keeps only 64 KiB.
#[test]
fn review_shows_the_diff_the_run_showed_past_what_it_stored() {
    let calls = 12_000;
    let ops: Vec<String> = std::iter::once("\"Tally\"".to_string())
        .chain((0..calls).map(|_| "\"tag_with\"".to_string()))
        .collect();
    let args: Vec<&str> = std::iter::once("[1]")
        .chain((0..calls).map(|_| "[\"label\"]"))
        .collect();
    let results: Vec<&str> = std::iter::once("null")
        .chain((0..calls).map(|_| "\"label:1\""))
        .collect();
    let yaml = std::fs::read_to_string(tally().join("problem.yaml")).unwrap();
    let p = super::problem(
        &yaml,
        &[
            (
                "tests/long.in",
                &format!("[{}]\n[{}]\n", ops.join(","), args.join(",")),
            ),
            ("tests/long.ans", &format!("[{}]\n", results.join(","))),
        ],
    );
    let desk = super::Desk::new();
    let file = desk.work.path().join("tally.py");
    std::fs::write(
        &file,
        std::fs::read_to_string(fixture("signature/design/tally.py"))
            .unwrap()
            .replace(
                "return \"%s:%d\" % (label, self.total())",
                "self.seen.append(0)\n        return \"%s:%d\" % (label, self.total() + (len(self.seen) > 9000))",
            ),
    )
    .unwrap();
    let submit = desk.grind(&["submit"]).arg(p.path()).arg(&file).expect(1);
    let named = "call 9000, tag_with(\"label\"): expected \"label:1\", found \"label:2\"";
    assert!(submit.stdout.contains(named), "{}", submit.stdout);
    let first = |out: &str| {
        out.lines()
            .find(|l| l.contains("first difference at"))
            .unwrap_or_else(|| panic!("no first difference in:\n{out}"))
            .to_string()
    };
    let review = desk.grind(&["review", "1"]).expect(0);
    assert!(review.stdout.contains(named), "{}", review.stdout);
    assert_eq!(first(&review.stdout), first(&submit.stdout));
    assert!(first(&review.stdout).contains("found \"label:2\""));
    assert!(!review.stdout.contains("EOF"), "{}", review.stdout);
    // The input is labelled by what each line holds, live and in review (which kept
    // only the first 64 KiB: the operations).
    for out in [&submit.stdout, &review.stdout] {
        assert!(out.contains("operations = [\"Tally\""), "{out}");
    }
    assert!(
        submit.stdout.contains("arguments = [[1],"),
        "{}",
        submit.stdout
    );
    assert!(review.stdout.contains("(first 64 KiB of 246 KiB)"));
}

/// A `void` function that changes a parameter is judged by that parameter's value after
/// the call, in every language; rebinding the name instead changes nothing (WA).
#[test]
fn in_place_functions_are_judged_by_the_changed_parameter() {
    let problem = fixture("signature/flip-rows");
    let dir = fixture("signature/in-place");
    std::thread::scope(|s| {
        for name in [
            "flip.c",
            "flip.cpp",
            "flip.rs",
            "flip.go",
            "Flip.java",
            "flip.py",
            "flip.js",
        ] {
            let (problem, file) = (&problem, dir.join(name));
            s.spawn(move || {
                let report = judge(problem, &file);
                assert_eq!(report["summary"]["verdict"], "AC", "{name}: {report:#}");
                assert_eq!(report["summary"]["passed"], 4, "{name}");
            });
        }
    });
    let report = judge(&problem, &dir.join("rebind.py"));
    assert_eq!(report["summary"]["verdict"], "WA", "{report:#}");
    assert!(
        report["tests"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("[0][0]: expected 3, found 1"),
        "{report:#}"
    );
    // The stubs declare it without a return value, the changed parameter named.
    for (lang, ext, decl) in [
        (
            "c",
            "c",
            "void flip_rows(int** grid, int grid_size, int* grid_col_size, int times) {",
        ),
        (
            "cpp",
            "cpp",
            "void flipRows(vector<vector<int>>& grid, int times) {",
        ),
        (
            "rust",
            "rs",
            "pub fn flip_rows(grid: &mut Vec<Vec<i32>>, times: i32) {",
        ),
        ("go", "go", "func flipRows(grid [][]int, times int) {"),
        (
            "java",
            "java",
            "public void flipRows(int[][] grid, int times) {",
        ),
        (
            "python",
            "py",
            "def flip_rows(self, grid: List[List[int]], times: int) -> None:",
        ),
        ("javascript", "js", "function flipRows(grid, times) {"),
    ] {
        let run = Grind::new(&["new", "--lang", lang]).arg(&problem).expect(0);
        let stub =
            std::fs::read_to_string(run.home.path().join(format!("flip-rows.{ext}"))).unwrap();
        assert!(stub.contains(decl), "{lang}:\n{stub}");
        assert!(
            stub.contains("checks `grid` after the call"),
            "{lang}:\n{stub}"
        );
    }
}

#[test]
fn a_void_function_must_name_what_it_changes() {
    // (signature lines, from line 5 of problem.yaml; what the error says, its line)
    for (signature, (says, line)) in [
        (
            "  function: total\n  params: [{name: nums, type: \"int[]\"}]\n  returns: void",
            ("add `modifies: PARAM`", 7),
        ),
        (
            "  function: total\n  params: [{name: nums, type: \"int[]\"}]\n  returns: void\n  modifies: numbers",
            (
                "no such parameter in `modifies: numbers`; the parameters are: nums",
                8,
            ),
        ),
        (
            "  function: total\n  params: [{name: nums, type: \"int[]\"}, {name: k, type: int}]\n  returns: void\n  modifies: k",
            ("only arrays, ListNode and TreeNode are changed in place", 8),
        ),
        (
            "  function: total\n  params: [{name: nums, type: \"int[]\"}]\n  returns: long\n  modifies: nums",
            ("only a function that returns void changes a parameter", 8),
        ),
        (
            "  function: total\n  params: [{name: nums, type: \"int[]\"}]\n  returns: nothing",
            ("or void (with `modifies: PARAM`)", 7),
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sum");
        problem_with(&p, signature, "[1]\n");
        let run = Grind::new(&["show"]).arg(&p).expect(2);
        assert!(run.stderr.contains(says), "{says}:\n{}", run.stderr);
        assert!(
            run.stderr.contains(&format!("problem.yaml:{line}:")),
            "line {line}:\n{}",
            run.stderr
        );
    }
}

fn tally() -> PathBuf {
    fixture("signature/tally")
}

/// A design problem: the class is constructed and each operation called in turn, in
/// every language; the answer lists every result, null for void methods.
#[test]
fn design_problems_call_every_operation_in_every_language() {
    let dir = fixture("signature/design");
    std::thread::scope(|s| {
        for name in [
            "tally.c",
            "tally.cpp",
            "tally.rs",
            "tally.go",
            "Tally.java",
            "tally.py",
            "tally.js",
        ] {
            let file = dir.join(name);
            s.spawn(move || {
                let report = judge(&tally(), &file);
                assert_eq!(report["summary"]["verdict"], "AC", "{name}: {report:#}");
                assert_eq!(report["summary"]["passed"], 3, "{name}");
            });
        }
    });
    // A wrong result names the call it came from.
    let tmp = tempfile::tempdir().unwrap();
    let wrong = tmp.path().join("tally.py");
    std::fs::write(
        &wrong,
        std::fs::read_to_string(dir.join("tally.py"))
            .unwrap()
            .replace("return sum(self.seen)", "return sum(self.seen[1:])"),
    )
    .unwrap();
    let report = judge(&tally(), &wrong);
    assert_eq!(report["summary"]["verdict"], "WA", "{report:#}");
    let detail = report["tests"][0]["detail"].as_str().unwrap();
    assert!(
        detail.contains("call 3, total(): expected 10, found 5"),
        "{detail}"
    );
    // The stubs: the class with its constructor and methods, in each convention.
    for (lang, ext, members) in [
        (
            "c",
            "c",
            &[
                "Tally* tallyCreate(int start) {",
                "char* tallyTagWith(Tally* obj, char* label) {",
                "int* tallyHistory(Tally* obj, int* return_size) {",
                "void tallyFree(Tally* obj) {",
            ][..],
        ),
        (
            "cpp",
            "cpp",
            &[
                "class Tally {",
                "    Tally(int start) {",
                "    string tagWith(string label) {",
            ][..],
        ),
        (
            "rust",
            "rs",
            &[
                "impl Tally {",
                "    pub fn new(start: i32) -> Self {",
                "    pub fn add(&mut self, x: i32) {",
            ][..],
        ),
        (
            "go",
            "go",
            &[
                "func Constructor(start int) Tally {",
                "func (this *Tally) Total() int64 {",
            ][..],
        ),
        (
            "java",
            "java",
            &["class Tally {", "    public long total() {"][..],
        ),
        (
            "python",
            "py",
            &[
                "class Tally:",
                "    def __init__(self, start: int):",
                "    def add(self, x: int) -> None:",
            ][..],
        ),
        (
            "javascript",
            "js",
            &["class Tally {", "    tagWith(label) {"][..],
        ),
    ] {
        let run = Grind::new(&["new", "--lang", lang]).arg(tally()).expect(0);
        let stub = std::fs::read_to_string(run.home.path().join(format!("tally.{ext}"))).unwrap();
        for member in members {
            assert!(stub.contains(member), "{lang}: {member}\n{stub}");
        }
    }
}

/// A renamed class is a compile error naming the class grind expected.
#[test]
fn a_renamed_class_is_a_compile_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("tally.py");
    std::fs::write(
        &file,
        "class Counter:\n    def __init__(self, start):\n        pass\n",
    )
    .unwrap();
    let run = Grind::new(&["test"]).arg(tally()).arg(&file).expect(1);
    assert!(
        run.stdout.contains("grind expected the class `Tally`")
            && run.stdout.contains("def __init__(self, start: int):"),
        "{}",
        run.stdout
    );
}

/// Operations that do not match the class are an internal error naming the line and
/// the call, and `grind check` finds them; a malformed class is refused at load.
#[test]
fn design_tests_and_classes_are_checked() {
    for (input, says) in [
        (
            "[\"Tally\",\"add\"]\n[[1],[2],[3]]\n",
            "3 argument arrays for 2 operations",
        ),
        (
            "[\"Tally\",\"remove\"]\n[[1],[2]]\n",
            "`remove` is not a method of Tally; the methods are: add, total, history, tag_with",
        ),
        (
            "[\"add\"]\n[[1]]\n",
            "the first operation constructs the class",
        ),
        (
            "[\"Tally\",\"add\"]\n[[1],[\"x\"]]\n",
            "line 2 (parameter `arguments`): [1]: `x` is not a int",
        ),
        (
            "[\"Tally\",\"total\"]\n[[1],[5]]\n",
            "1 argument(s) for \"total\", which takes 0",
        ),
        ("[\"Tally\"]\n", "a class test has two"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("tally");
        std::fs::create_dir_all(p.join("tests")).unwrap();
        for f in ["problem.yaml", "statement.md"] {
            std::fs::copy(tally().join(f), p.join(f)).unwrap();
        }
        std::fs::write(p.join("tests/bad.in"), input).unwrap();
        std::fs::write(p.join("tests/bad.ans"), "[null]\n").unwrap();
        let report = Grind::new(&["test", "--all", "--keep-going", "--json"])
            .arg(&p)
            .arg(fixture("signature/design/tally.py"))
            .expect(1)
            .json();
        let bad = test_named(&report, "bad");
        assert_eq!(bad["verdict"], "IE", "{bad}");
        assert!(
            bad["detail"].as_str().unwrap().contains(says),
            "{says}: {bad}"
        );
        let check = Grind::new(&["check"]).arg(&p).expect(1);
        assert!(check.stdout.contains(says), "{says}: {}", check.stdout);
    }
    for (signature, says) in [
        ("  class: Tally\n  methods: []", "no methods"),
        (
            "  class: tally\n  methods: [{name: add, returns: void}]",
            "use PascalCase",
        ),
        (
            "  class: Tally\n  methods: [{name: free, returns: void}]",
            "reserved method name",
        ),
        (
            "  class: Tally\n  params: []\n  methods: [{name: add, returns: void}]",
            "not `params`",
        ),
        (
            "  function: add\n  class: Tally\n  params: []\n  returns: int",
            "not both",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sum");
        problem_with(&p, signature, "[1]\n");
        let run = Grind::new(&["show"]).arg(&p).expect(2);
        assert!(run.stderr.contains(says), "{says}:\n{}", run.stderr);
        assert!(run.stderr.contains("problem.yaml:"), "{}", run.stderr);
    }
}
