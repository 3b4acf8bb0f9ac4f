//! User mistakes: each gets a clear message saying where and how to fix it, exit 2,
//! and never a panic.

use super::{Grind, fixture, problem};

fn no_panic(run: &super::Run) {
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "{}",
        run.stderr
    );
}

/// Runs `grind show` on a problem.yaml and returns stderr, asserting exit 2.
fn show_error(yaml: &str) -> String {
    let p = problem(yaml, &[]);
    let run = Grind::new(&["show"]).arg(p.path()).expect(2);
    no_panic(&run);
    run.stderr
}

#[test]
fn limit_with_an_unknown_unit_points_at_line_and_column() {
    let err = show_error("title: T\ndifficulty: easy\nlimits: {time: 1 parsec, memory: 256MiB}\n");
    assert!(
        err.contains("invalid problem.yaml: limits.time: unknown time unit `parsec`"),
        "{err}"
    );
    assert!(err.contains("problem.yaml:3:"), "{err}");
    assert!(err.contains("^"), "the line is shown with a caret: {err}");
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let err = show_error("title: T\ndifficulty: easy\nlimits: {time: 1s, memroy: 256MiB}\n");
    assert!(err.contains("unknown field `memroy`"), "{err}");
    assert!(err.contains("did you mean `memory`?"), "{err}");
    assert!(err.contains("problem.yaml:3:"), "{err}");
}

#[test]
fn wrong_type_is_named() {
    let err = show_error("title: T\ndifficulty: easy\ntags: 5\n");
    assert!(err.contains("tags: invalid type"), "{err}");
    let err = show_error("title: T\ndifficulty: extreme\n");
    assert!(
        err.contains("difficulty: unknown variant `extreme`"),
        "{err}"
    );
    let err = show_error("title: T\ndifficulty: easy\nchecker: fuzzy\n");
    assert!(err.contains("unknown checker `fuzzy`"), "{err}");
    let err = show_error("title: T\ndifficulty: easy\nchecker: {float: {abs: 0.1}, args: [x]}\n");
    assert!(
        err.contains("only a custom checker takes arguments") && err.contains("problem.yaml:"),
        "{err}"
    );
}

#[test]
fn missing_tests_folder_is_reported_with_the_fix() {
    let err = show_error("title: T\ndifficulty: easy\ntests:\n  - dir: hidden\n");
    assert!(
        err.contains("tests: folder `hidden` does not exist"),
        "{err}"
    );
    assert!(err.contains("problem.yaml:4:5"), "{err}");
    assert!(err.contains("help: create"), "{err}");
}

#[test]
fn missing_required_field() {
    let err = show_error("difficulty: easy\n");
    assert!(err.contains("missing field `title`"), "{err}");
}

#[test]
fn test_input_without_answer() {
    let p = problem(
        "title: T\ndifficulty: easy\ntests: [{dir: tests}]\n",
        &[("tests/1.in", "1 2\n")],
    );
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("echo.c"))
        .expect(2);
    assert!(run.stderr.contains("has no answer file"), "{}", run.stderr);
}

#[test]
fn unknown_problem_id_suggests_a_near_one() {
    let run = Grind::new(&["show", "two-summ"]).expect(2);
    assert!(
        run.stderr.contains("no problem `two-summ`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `two-sum`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn solution_file_problems() {
    let run = Grind::new(&["test", "two-sum", "nope.cpp"]).expect(2);
    assert!(
        run.stderr.contains("nope.cpp does not exist"),
        "{}",
        run.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("sol.cobol");
    std::fs::write(&odd, "DISPLAY 'HI'.").unwrap();
    let run = Grind::new(&["test", "two-sum"]).arg(&odd).expect(2);
    assert!(
        run.stderr.contains("cannot tell the language"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--lang"), "{}", run.stderr);
    let empty = dir.path().join("empty.cpp");
    std::fs::write(&empty, "\n\n").unwrap();
    let run = Grind::new(&["test", "two-sum"]).arg(&empty).expect(2);
    assert!(run.stderr.contains("is empty"), "{}", run.stderr);
    let run = Grind::new(&["test", "two-sum", "--lang", "cobol"])
        .arg(&empty)
        .expect(2);
    assert!(
        run.stderr.contains("unknown language `cobol`"),
        "{}",
        run.stderr
    );
    // Not a file at all: say what it is.
    let folder = dir.path().join("folder.cpp");
    std::fs::create_dir(&folder).unwrap();
    let run = Grind::new(&["test", "two-sum"]).arg(&folder).expect(2);
    assert!(
        run.stderr.contains("folder.cpp is a folder"),
        "{}",
        run.stderr
    );
    let run = Grind::new(&["run", "--lang", "c", "/dev/zero"]).expect(2);
    assert!(
        run.stderr.contains("/dev/zero is a device"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_languages_yaml_points_at_the_users_file() {
    let g = Grind::new(&["doctor"]);
    let config = g.home().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("languages.yaml"), "cpp:\n  name: C++\n  extensions: [cpp]\n  source: main.cpp\n  run: [\"{exe}\"]\n  time_multiplier: fast\n").unwrap();
    let run = g.expect(2);
    assert!(
        run.stderr
            .contains("invalid languages.yaml: cpp.time_multiplier: invalid type"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("languages.yaml:6:"), "{}", run.stderr);
}

#[test]
fn missing_toolchain_names_the_program_and_how_to_install_it() {
    let g = Grind::new(&["test", "--lang", "kotlin"])
        .arg(fixture("aplusb"))
        .arg(fixture("echo.c"));
    let config = g.home().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("languages.yaml"),
        "kotlin:\n  name: Kotlin\n  extensions: [kt]\n  source: main.kt\n  compile: [kotlinc-not-installed, \"{src}\"]\n  run: [java, -jar, main.jar]\n  install: \"sdk install kotlin\"\n",
    )
    .unwrap();
    let run = g.expect(2);
    assert!(
        run.stderr
            .contains("Kotlin needs `kotlinc-not-installed`, which was not found on PATH"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("sdk install kotlin"), "{}", run.stderr);
}

#[test]
fn generator_that_crashes_is_named_with_its_seed() {
    let p = problem(
        "title: T\ndifficulty: easy\ntests: [{generate: {program: gen.py, seeds: [7]}}]\n",
        &[
            (
                "gen.py",
                "import sys\nraise SystemExit('no seed ' + sys.argv[1])\n",
            ),
            ("solutions/accepted/a.c", "int main(void){return 0;}\n"),
        ],
    );
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(fixture("echo.c"))
        .expect(2);
    assert!(
        run.stderr.contains("gen.py with seed 7 exited with code 1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("no seed 7"),
        "stderr of the generator shown: {}",
        run.stderr
    );
}

#[test]
fn broken_problem_does_not_break_list() {
    let bank = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(bank.path().join("good")).unwrap();
    std::fs::write(
        bank.path().join("good/problem.yaml"),
        "title: Good\ndifficulty: easy\n",
    )
    .unwrap();
    std::fs::create_dir_all(bank.path().join("bad")).unwrap();
    std::fs::write(bank.path().join("bad/problem.yaml"), "title: [unclosed\n").unwrap();
    let run = Grind::new(&["list"])
        .env("GRIND_PROBLEMS", bank.path())
        .expect(0);
    assert!(run.stdout.contains("Good"), "{}", run.stdout);
    assert!(
        run.stdout.contains("bad") && run.stdout.contains("(invalid:"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_closed_pipe_ends_grind_quietly() {
    use std::io::Read;
    // grind run prints the program's 1 MiB of output; the reader leaves after 16 bytes,
    // as `| head -c 16` would, long before grind is done writing.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.txt");
    std::fs::write(&input, "x".repeat(1 << 20)).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_grind"))
        .arg("run")
        .arg(fixture("echo.c"))
        .arg("--input")
        .arg(&input)
        .env("GRIND_HOME", dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let run = Grind::new(&["test"]).expect(2);
    assert!(run.stderr.contains("PROBLEM"), "{}", run.stderr);
    let run = Grind::new(&["run", "x.c", "--time-limit", "fast"]).expect(2);
    assert!(
        run.stderr.contains("invalid --time-limit"),
        "{}",
        run.stderr
    );
}

#[test]
fn test_files_that_are_not_regular_files_are_named() {
    let p = problem(
        "title: T\ndifficulty: easy\ntests: [{dir: tests}]\n",
        &[("tests/1.ans", "3\n"), ("tests/2.ans", "3\n")],
    );
    let tests = p.path().join("tests");
    let judge = || {
        let run = Grind::new(&["test", "--all"])
            .arg(p.path())
            .arg(fixture("echo.c"))
            .expect(2);
        no_panic(&run);
        run.stderr
    };
    // A FIFO would block the judging for ever; the error comes instead.
    let fifo = std::ffi::CString::new(tests.join("1.in").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let err = judge();
    assert!(
        err.contains("1.in is a FIFO (named pipe), not a regular file"),
        "{err}"
    );
    std::fs::remove_file(tests.join("1.in")).unwrap();
    std::fs::create_dir(tests.join("1.in")).unwrap();
    let err = judge();
    assert!(
        err.contains("1.in is a folder, not a regular file"),
        "{err}"
    );
    std::fs::remove_dir(tests.join("1.in")).unwrap();
    std::os::unix::fs::symlink("2.in", tests.join("1.in")).unwrap();
    std::os::unix::fs::symlink("1.in", tests.join("2.in")).unwrap();
    let err = judge();
    assert!(err.contains("1.in is a symbolic link loop"), "{err}");
    // A tests "folder" that is a file says so.
    let q = problem(
        "title: T\ndifficulty: easy\ntests: [{dir: tests}]\n",
        &[("tests", "not a folder\n")],
    );
    let run = Grind::new(&["show"]).arg(q.path()).expect(2);
    assert!(
        run.stderr.contains("tests: folder `tests` is not a folder"),
        "{}",
        run.stderr
    );
}

#[test]
fn limits_too_small_to_honour_are_refused() {
    let err = show_error("title: T\ndifficulty: easy\nlimits: {time: 1s, memory: 1KiB}\n");
    assert!(err.contains("limits.memory: at least 4MiB"), "{err}");
    assert!(err.contains("problem.yaml:3:"), "{err}");
    let err = show_error("title: T\ndifficulty: easy\nlimits: {time: -1s}\n");
    assert!(err.contains("limits.time"), "{err}");
    let run = Grind::new(&["run", "--memory-limit", "1B"])
        .arg(fixture("echo.c"))
        .expect(2);
    assert!(
        run.stderr.contains("invalid --memory-limit: at least 4MiB"),
        "{}",
        run.stderr
    );
}

#[test]
fn yaml_mistakes_are_pointed_at_quickly() {
    // Deep nesting is refused at once (the parser would take a minute).
    let deep = format!(
        "title: T\ndifficulty: easy\ntags: {}\n",
        "[".repeat(100_000)
    );
    let started = std::time::Instant::now();
    let err = show_error(&deep);
    assert!(err.contains("nested deeper than 64"), "{err}");
    assert!(err.contains("problem.yaml:3:"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let err = show_error("title: T\ndifficulty: easy\ntitle: U\n");
    assert!(err.contains("duplicate field `title`"), "{err}");
    assert!(
        err.contains("problem.yaml:3:1"),
        "points at the second one: {err}"
    );
    let err = show_error("title: T\ndifficulty: easy\nlimits:\n\ttime: 1s\n");
    assert!(err.contains("indent with spaces"), "{err}");
    let p = problem("title: T\ndifficulty: easy\n", &[]);
    std::fs::write(
        p.path().join("problem.yaml"),
        b"title: T\xff\ndifficulty: easy\n",
    )
    .unwrap();
    let run = Grind::new(&["show"]).arg(p.path()).expect(2);
    assert!(
        run.stderr.contains("byte 8 is not valid UTF-8"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("problem.yaml:1:9"), "{}", run.stderr);
}
