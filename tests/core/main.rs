//! The judging core used as a library, with no CLI: `Judging` builds and judges real
//! solutions with real compilers in the sandbox and returns a `Report`.
//!
//! The sandbox's spawn helper is the running executable started with `__spawner`, so
//! this test binary has its own `main` (no libtest harness) that serves as the helper
//! when asked, and otherwise runs the tests below. Arguments without a leading `-` are
//! name filters, as with `cargo test NAME`.

use grind::checking::Checker;
use grind::judging::{Event, Judge, Judging, Which};
use grind::problem::{self, Problem, TestCase};
use grind::units::{Dur, Size};
use grind::verdict::Verdict;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn solution(lang: &str, name: &str) -> PathBuf {
    let ext = match lang {
        "c" => "c",
        "python" => "py",
        _ => unreachable!(),
    };
    fixtures().join(format!("solutions/{lang}/{name}.{ext}"))
}

fn aplusb() -> Problem {
    Problem::load(&fixtures().join("aplusb")).expect("the fixture problem loads")
}

/// A test written into `dir`.
fn case(dir: &Path, name: &str, input: &str, answer: &str) -> TestCase {
    let (i, a) = (
        dir.join(format!("{name}.in")),
        dir.join(format!("{name}.ans")),
    );
    std::fs::write(&i, input).unwrap();
    std::fs::write(&a, answer).unwrap();
    TestCase {
        name: name.into(),
        input: i,
        answer: Some(a),
        sample: false,
    }
}

fn accepted_on_every_test_with_events_in_order() {
    let problem = aplusb();
    let file = solution("c", "AC");
    let mut judge = Judge::start().unwrap();
    let mut seen = Vec::new();
    let report = Judging::for_problem(&problem, &file)
        .which(Which::Submit)
        .run(&mut judge, &mut |e| {
            seen.push(match e {
                Event::Compiling { .. } => "compiling".to_string(),
                Event::Compiled(info) => format!("compiled ok={}", info.ok),
                Event::Preparing { made, total } => format!("preparing {made}/{total}"),
                Event::Testing { total } => format!("testing {total}"),
                Event::TestDone(r) => format!("done {}", r.verdict.as_str()),
            })
        })
        .unwrap();
    assert!(report.accepted(), "{:?}", report.summary);
    // Two samples and the two tests of tests/.
    assert_eq!((report.summary.passed, report.summary.total), (4, 4));
    assert_eq!(report.summary.score, 1.0);
    assert_eq!(report.language, "c");
    assert_eq!(
        &seen[..3],
        ["compiling", "compiled ok=true", "testing 4"],
        "{seen:?}"
    );
    assert_eq!(seen.len(), 3 + 4, "{seen:?}");
    let limits = report.limits.expect("the limits judged against");
    assert_eq!(limits.cpu_ms, 1000, "the problem's 1s time limit for C");
}

fn a_wrong_answer_stops_early_unless_told_to_keep_going() {
    let problem = aplusb();
    let file = solution("python", "WA");
    let mut judge = Judge::start().unwrap();
    let first = Judging::for_problem(&problem, &file)
        .which(Which::Submit)
        .jobs(Some(1))
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert_eq!(first.summary.verdict, Verdict::WA);
    assert_eq!(first.tests.len(), 1, "stops at the first failure");
    assert_eq!(first.summary.total, 4);
    let mismatch = first.tests[0].mismatch.as_ref().expect("where it differs");
    assert_eq!(mismatch.line, 1);
    let all = Judging::for_problem(&problem, &file)
        .which(Which::Submit)
        .keep_going(true)
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert_eq!(all.tests.len(), 4, "every test is run");
    assert!(all.summary.passed < 4);
}

fn a_compile_error_keeps_the_test_count() {
    let problem = aplusb();
    let file = solution("c", "CE");
    let mut judge = Judge::start().unwrap();
    let report = Judging::for_problem(&problem, &file)
        .which(Which::Submit)
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert_eq!(report.summary.verdict, Verdict::CE);
    assert!(!report.compile.ok && !report.compile.message.is_empty());
    assert_eq!((report.summary.passed, report.summary.total), (0, 4));
    assert!(report.tests.is_empty());
}

fn a_program_on_given_tests_with_a_chosen_checker() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sum.py");
    std::fs::write(
        &file,
        "a, b = map(int, input().split())\nprint(a + b, end='  \\n')\n",
    )
    .unwrap();
    let tests = vec![case(dir.path(), "one", "1 2\n", "3\n")];
    let mut judge = Judge::start().unwrap();
    let tokens = Judging::program(&file)
        .tests(tests.clone())
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert!(tokens.accepted(), "trailing spaces pass the token checker");
    let strict = Judging::program(&file)
        .tests(tests)
        .checker(Checker::tokens(true))
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert_eq!(strict.summary.verdict, Verdict::WA, "strict is byte-exact");
    assert_eq!(strict.problem, "", "no problem behind a program");
}

fn limits_given_to_a_judging_are_the_ones_enforced() {
    let problem = aplusb();
    let file = solution("c", "TLE");
    let mut judge = Judge::start().unwrap();
    let limits = problem::Limits {
        time: Dur(Duration::from_millis(300)),
        memory: Size(64 << 20),
        output: None,
    };
    let report = Judging::for_problem(&problem, &file)
        .which(Which::Practice)
        .limits(limits)
        .run(&mut judge, &mut |_| {})
        .unwrap();
    assert_eq!(report.summary.verdict, Verdict::TLE);
    let run = report.limits.expect("limits");
    assert_eq!((run.cpu_ms, run.memory_kib), (300, 64 << 10));
}

/// Top-level modules of src/ and the modules each one names as `crate::NAME`.
fn module_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut graph = std::collections::BTreeMap::<String, std::collections::BTreeSet<String>>::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let module = Path::new(first)
            .with_extension("")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        let uses = graph.entry(module.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() && name != module {
                uses.insert(name);
            }
        }
    }
    graph
}

fn no_module_imports_upward() {
    let graph = module_graph();
    assert!(graph["checking"].contains("compile"), "the graph is read");
    // Depth-first search for a cycle; the path to it is the failure message.
    fn visit(
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        module: &str,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|m| m == module) {
            panic!("import cycle: {} -> {module}", path[at..].join(" -> "));
        }
        if done.contains(module) {
            return;
        }
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            visit(graph, next, path, done);
        }
        path.pop();
        done.insert(module.to_string());
    }
    let mut done = Default::default();
    for module in graph.keys() {
        visit(&graph, module, &mut Vec::new(), &mut done);
    }
    // The core knows nothing of the command line.
    for core in [
        "judging", "checking", "limits", "sandbox", "compile", "problem",
    ] {
        for cli in ["cli", "commands"] {
            assert!(!graph[core].contains(cli), "{core} uses {cli}");
        }
    }
}

const TESTS: &[(&str, fn())] = &[
    ("no_module_imports_upward", no_module_imports_upward),
    (
        "accepted_on_every_test_with_events_in_order",
        accepted_on_every_test_with_events_in_order,
    ),
    (
        "a_wrong_answer_stops_early_unless_told_to_keep_going",
        a_wrong_answer_stops_early_unless_told_to_keep_going,
    ),
    (
        "a_compile_error_keeps_the_test_count",
        a_compile_error_keeps_the_test_count,
    ),
    (
        "a_program_on_given_tests_with_a_chosen_checker",
        a_program_on_given_tests_with_a_chosen_checker,
    ),
    (
        "limits_given_to_a_judging_are_the_ones_enforced",
        limits_given_to_a_judging_are_the_ones_enforced,
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args
        .first()
        .is_some_and(|a| a == grind::sandbox::HELPER_ARG)
    {
        return grind::sandbox::serve();
    }
    // Builds are cached under GRIND_HOME: keep them out of the user's.
    let home = tempfile::tempdir().unwrap();
    // SAFETY: set before any thread starts.
    unsafe { std::env::set_var("GRIND_HOME", home.path()) };
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let chosen: Vec<_> = TESTS
        .iter()
        .filter(|(name, _)| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .collect();
    let count = chosen.len();
    println!("\nrunning {count} tests");
    let mut failed = Vec::new();
    for (name, test) in chosen {
        let ok = std::panic::catch_unwind(test).is_ok();
        println!("test {name} ... {}", if ok { "ok" } else { "FAILED" });
        if !ok {
            failed.push(*name);
        }
    }
    println!(
        "\ntest result: {}. {} passed; {} failed\n",
        if failed.is_empty() { "ok" } else { "FAILED" },
        count - failed.len(),
        failed.len()
    );
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
