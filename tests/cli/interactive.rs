//! Interactive problems: the solution talks to the problem's interactor, in both
//! protocols, with the verdict right in the hard cases (early exits on either side,
//! no flush, too many queries, lingering after the end, a crash); and multi-pass
//! problems, interactive or not.

use super::{Grind, fixture, problem};

/// A guess-the-number problem judged by the fixture interactor (`protocol`), with
/// two tests: a secret deep in the range and one at its edge, 30 queries each.
fn game(protocol: &str, program: &str) -> tempfile::TempDir {
    let source = std::fs::read_to_string(fixture(&format!("interactive/{program}"))).unwrap();
    problem(
        &format!(
            "title: Guess\ndifficulty: easy\ninteractor: {{program: {program}, protocol: {protocol}}}\nlimits: {{time: 3s}}\ntests: [{{dir: tests}}]\n"
        ),
        &[
            (program, &source),
            ("tests/deep.in", "777777 30\n"),
            ("tests/edge.in", "1 30\n"),
        ],
    )
}

/// The verdict and detail of the first failing test (or AC) of `solution`.
fn judged(p: &tempfile::TempDir, solution: &str) -> (String, String) {
    first_verdict(p, &format!("interactive/{solution}"))
}

/// The verdict and detail of the first failing test (or AC) of the fixture `solution`.
fn first_verdict(p: &tempfile::TempDir, solution: &str) -> (String, String) {
    let run = Grind::new(&["test", "--all", "--json"])
        .arg(p.path())
        .arg(fixture(solution))
        .run();
    assert!(run.code == 0 || run.code == 1, "{solution}: {}", run.stderr);
    let report = run.json();
    let tests = report["tests"].as_array().unwrap();
    assert!(!tests.is_empty(), "{solution}: {}", run.stdout);
    let first = tests
        .iter()
        .find(|t| t["verdict"] != "AC")
        .unwrap_or(&tests[0]);
    (
        first["verdict"].as_str().unwrap().to_string(),
        first["detail"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn testlib_interactor_judges_every_way_an_exchange_ends() {
    let p = game("testlib", "interactor.c");
    for (solution, verdict, says) in [
        ("binary_search.c", "AC", ""),
        ("binary_search.py", "AC", ""),
        ("linear.py", "WA", "too many queries"),
        ("gives_up.py", "WA", "stopped before answering"),
        ("no_flush.c", "TLE", "flush"),
        ("no_newline.c", "TLE", "flush"),
        ("lingers.py", "TLE", "kept running"),
        ("closes_then_sleeps.c", "TLE", "closed its output"),
        ("wrong_then_spins.c", "WA", "wrong guess"),
        ("says_more.c", "AC", ""),
        ("crashes.c", "RE", "SIGABRT"),
        ("exits_silently.c", "RE", "exit code 3"),
    ] {
        let (v, detail) = judged(&p, solution);
        assert_eq!(v, verdict, "{solution}: {detail}");
        assert!(detail.contains(says), "{solution}: {detail}");
    }
}

#[test]
fn kattis_validator_talks_the_same_way() {
    let p = game("kattis", "validator.c");
    assert_eq!(judged(&p, "binary_search.c").0, "AC");
    let (v, detail) = judged(&p, "linear.py");
    assert_eq!(
        (v.as_str(), detail.contains("interactor: too many queries")),
        ("WA", true),
        "{detail}"
    );
}

/// The solution is not charged for the time it waits for the interactor to work:
/// with one that computes for 200 ms over each reply, 20 queries take 4 s, past the
/// 3 s wall limit, and the solution is accepted. One that sleeps while the interactor
/// waits for it is still stopped on the wall clock.
#[test]
fn waiting_for_the_interactor_is_not_the_solutions_time() {
    let source = std::fs::read_to_string(fixture("interactive/interactor.c")).unwrap();
    let p = problem(
        "title: Slow judge\ndifficulty: easy\ninteractor: {program: interactor.c}\nlimits: {time: 1s}\ntests: [{dir: tests}]\n",
        &[
            ("interactor.c", &source),
            ("tests/slow.in", "777777 30 200\n"),
        ],
    );
    let (v, detail) = judged(&p, "binary_search.c");
    assert_eq!(v, "AC", "{detail}");
    let (v, detail) = judged(&p, "dawdles.c");
    assert_eq!(v, "TLE", "{detail}");
    assert!(detail.contains("wall clock over 3000 ms"), "{detail}");
}

/// `grind show` does not call an interactive sample's data the program's input.
#[test]
fn show_names_an_interactive_samples_data_for_what_it_is() {
    let shown = Grind::new(&["show", "guess-the-number"]).expect(0).stdout;
    assert!(
        shown.contains("the interactor's data (your program does not read it")
            && shown.contains("the interactor's answer file:")
            && !shown.contains("\ninput:"),
        "{shown}"
    );
}

#[test]
fn an_interactor_that_is_missing_or_clashes_is_refused() {
    let p = problem(
        "title: Guess\ndifficulty: easy\ninteractor: {program: nowhere.c}\ntests: [{dir: tests}]\n",
        &[("tests/a.in", "1 30\n")],
    );
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("interactive/binary_search.c"))
        .expect(2);
    assert!(
        run.stderr
            .contains("interactor: `nowhere.c` does not exist"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("problem.yaml:3:"), "{}", run.stderr);
    let source = std::fs::read_to_string(fixture("interactive/interactor.c")).unwrap();
    let p = problem(
        "title: Guess\ndifficulty: easy\ninteractor: {program: i.c}\nchecker: {custom: i.c}\ntests: [{dir: tests}]\n",
        &[("i.c", &source), ("tests/a.in", "1 30\n")],
    );
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("interactive/binary_search.c"))
        .expect(2);
    assert!(
        run.stderr.contains("cannot have a custom checker"),
        "{}",
        run.stderr
    );
}

/// `grind run FILE --interactor PROG`: an ad-hoc interactive session on one input.
#[test]
fn run_talks_to_an_interactor_given_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("secret.in");
    std::fs::write(&input, "4242 30\n").unwrap();
    let run = Grind::new(&["run", "--json"])
        .arg(fixture("interactive/binary_search.c"))
        .arg("--interactor")
        .arg(fixture("interactive/interactor.c"))
        .arg("-i")
        .arg(&input)
        .expect(0);
    assert_eq!(run.json()["tests"][0]["verdict"], "AC", "{}", run.stdout);
    let run = Grind::new(&["run"])
        .arg(fixture("interactive/linear.py"))
        .args(&["--protocol", "kattis", "--interactor"])
        .arg(fixture("interactive/validator.c"))
        .arg("-i")
        .arg(&input)
        .expect(1);
    assert!(
        run.stdout.contains("interactor: too many queries"),
        "{}",
        run.stdout
    );
    let run = Grind::new(&["run", "--protocol", "kattis"])
        .arg(fixture("interactive/linear.py"))
        .expect(2);
    assert!(run.stderr.contains("--interactor"), "{}", run.stderr);
}

/// A submission of an interactive problem is recorded, and review shows the failing
/// test with the interactor's message and the exchange: each query and reply, up to
/// the one over the budget.
#[test]
fn an_interactive_submission_is_recorded_and_reviewed() {
    let p = game("testlib", "interactor.c");
    let home = tempfile::tempdir().unwrap();
    let submitted = Grind::new(&["submit", "--json"])
        .env("GRIND_HOME", home.path())
        .arg(p.path())
        .arg(fixture("interactive/linear.py"))
        .expect(1)
        .json();
    assert_eq!(submitted["summary"]["verdict"], "WA");
    let id = submitted["submission"].as_i64().unwrap().to_string();
    let shown = Grind::new(&["review"])
        .env("GRIND_HOME", home.path())
        .arg(&id)
        .expect(0);
    assert!(
        shown.stdout.contains("too many queries") && shown.stdout.contains("777777 30"),
        "{}",
        shown.stdout
    );
    let exchange = |text: &str| {
        text.contains("exchange (> your program sent, < it received):")
            && text.contains("    > ? 1\n    < >\n    > ? 2\n")
            && text.contains("    < >\n    > ? 31\n")
            && !text.contains("> ? 32")
    };
    assert!(exchange(&shown.stdout), "{}", shown.stdout);
    // The run's own failure display shows the same exchange.
    let tested = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("interactive/linear.py"))
        .expect(1);
    assert!(exchange(&tested.stdout), "{}", tested.stdout);
}

/// With no interactor and a terminal on stdin, `grind run` puts the person at the
/// terminal in the judge's place: they read each query as it is printed and type the
/// reply, and the program's verdict comes at the end.
#[test]
fn a_person_plays_the_judge_at_the_terminal() {
    use std::io::Write;
    use std::os::fd::AsFd;
    let (mut master, terminal) = super::pty();
    let mut child = Grind::new(&["run"])
        .arg(fixture("interactive/binary_search.py"))
        .spawn_on_terminal(terminal.as_fd());
    drop(terminal);
    let mut lines = super::Lines::new(master.try_clone().unwrap());
    let within = std::time::Duration::from_secs(60);
    assert!(lines.until("? 500000", within), "the first query is shown");
    master.write_all(b"<\n").unwrap();
    assert!(
        lines.until("? 250000", within),
        "the reply reached the program"
    );
    master.write_all(b"=\n").unwrap();
    assert!(lines.until("! 250000", within), "the program answers");
    assert!(lines.until("Accepted", within), "and exits cleanly");
    assert!(child.wait().unwrap().success());
}

/// A multi-pass problem judged by `validator` (tests/fixtures/multipass), which keeps
/// the number of pass 1 in its feedback folder and checks pass 2 against it.
fn multi_pass(key: &str, validator: &str) -> tempfile::TempDir {
    let source = std::fs::read_to_string(fixture(&format!("multipass/{validator}"))).unwrap();
    problem(
        &format!(
            "title: Remember\ndifficulty: easy\n{key}: {{{}: {validator}, protocol: kattis, args: [remember]}}\npasses: 2\ntests: [{{dir: tests}}]\n",
            if key == "checker" {
                "custom"
            } else {
                "program"
            }
        ),
        &[
            (validator, &source),
            ("tests/1-small.in", "first 41\n"),
            ("tests/1-small.ans", ""),
            ("tests/2-negative.in", "first -7\n"),
            ("tests/2-negative.ans", ""),
        ],
    )
}

fn multi_judged(p: &tempfile::TempDir, solution: &str) -> (String, String) {
    first_verdict(p, &format!("multipass/{solution}"))
}

/// Every pass is judged: a solution right on the first pass and wrong on the second
/// is WA, named by its pass and the input the checker wrote; the checker's feedback
/// folder lasts across the passes (it keeps pass 1's number there).
#[test]
fn every_pass_of_a_multi_pass_problem_is_judged() {
    for (key, validator) in [
        ("checker", "remember.py"),
        ("interactor", "remember_talk.py"),
    ] {
        let p = multi_pass(key, validator);
        for solution in ["encode.py", "encode.cpp"] {
            let (v, detail) = multi_judged(&p, solution);
            assert_eq!(v, "AC", "{validator} {solution}: {detail}");
        }
        let (v, detail) = multi_judged(&p, "forgets.py");
        assert_eq!(v, "WA", "{validator}: {detail}");
        assert!(
            detail.starts_with("pass 2 of 2, on the input the judge wrote (`second 42`)")
                && detail.contains("pass 2 printed 42, but the number was 41"),
            "{validator}: {detail}"
        );
    }
}

/// A checker that asks for a pass past the declared number is a problem bug (IE), and
/// `passes` needs a Kattis-protocol checker or interactor to start the next pass.
#[test]
fn a_pass_past_the_limit_is_a_problem_bug() {
    let p = multi_pass("checker", "remember.py");
    std::fs::write(p.path().join("tests/1-small.in"), "again 1\n").unwrap();
    let (v, detail) = multi_judged(&p, "encode.py");
    assert_eq!(v, "IE", "{detail}");
    assert!(detail.contains("asked for another pass"), "{detail}");
    let p = problem(
        "title: Remember\ndifficulty: easy\npasses: 2\ntests: [{dir: tests}]\n",
        &[("tests/a.in", "first 1\n"), ("tests/a.ans", "")],
    );
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("multipass/encode.py"))
        .expect(2);
    assert!(
        run.stderr.contains("problem.yaml:3:") && run.stderr.contains("protocol: kattis"),
        "{}",
        run.stderr
    );
}

/// What a program writes to stderr is shown once: after a live exchange that went
/// well, or in the failure of one that did not (whose detail quotes the last line).
#[test]
fn a_live_programs_stderr_is_shown_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("echo.py");
    std::fs::write(
        &file,
        "import sys\nx = input()\nprint('debug: got', x, file=sys.stderr)\nprint('out', x)\nprint('bye', file=sys.stderr)\nsys.exit(int(x))\n",
    )
    .unwrap();
    for (input, code) in [("0\n", 0), ("3\n", 1)] {
        let run = Grind::new(&["run", "--live"])
            .arg(&file)
            .stdin(input.as_bytes())
            .expect(code);
        let said = format!("debug: got {}", input.trim());
        let shown = run.stdout.matches(&said).count() + run.stderr.matches(&said).count();
        assert_eq!(shown, 1, "{}\n{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains(&format!("out {}", input.trim())),
            "{}",
            run.stdout
        );
    }
}

/// A broken interactor is the problem's fault, never the solution's: one that does not
/// compile is named, one that crashes makes the test IE, an unknown protocol is refused
/// where it is written.
#[test]
fn a_broken_interactor_is_the_problems_fault() {
    let with = |source: &str, protocol: &str| {
        problem(
            &format!(
                "title: Guess\ndifficulty: easy\ninteractor: {{program: i.c, protocol: {protocol}}}\ntests: [{{dir: tests}}]\n"
            ),
            &[("i.c", source), ("tests/a.in", "5 30\n")],
        )
    };
    let test = |p: &tempfile::TempDir, code: i32| {
        Grind::new(&["test", "--all", "--json"])
            .arg(p.path())
            .arg(fixture("interactive/binary_search.c"))
            .expect(code)
    };
    let p = with("int main(void) { return }\n", "testlib");
    let run = test(&p, 2);
    assert!(
        run.stderr.contains("the interactor") && run.stderr.contains("does not compile"),
        "{}",
        run.stderr
    );
    let p = with(
        "#include <stdlib.h>\nint main(void) { abort(); }\n",
        "testlib",
    );
    let report = test(&p, 1).json();
    let first = &report["tests"][0];
    assert_eq!(first["verdict"], "IE", "{report}");
    assert!(
        first["detail"]
            .as_str()
            .unwrap()
            .contains("the interactor failed (SIGABRT)"),
        "{report}"
    );
    let p = with("int main(void) { return 0; }\n", "http");
    let run = test(&p, 2);
    assert!(
        run.stderr.contains("http") && run.stderr.contains("problem.yaml:3:"),
        "{}",
        run.stderr
    );
}
