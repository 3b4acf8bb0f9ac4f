//! `grind import`: a Kattis package, an online-judge-tools folder and Competitive
//! Companion's JSON become problems that grind lists, judges and checks; bad sources
//! are refused with the place and a fix, and leave nothing behind.

use super::{Desk, Grind, Lines, fixture};
use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

const COMPANION: &str = r#"{
  "name": "B. Pair Sum",
  "group": "Practice Round",
  "url": "https://judge.example/problem/pair-sum",
  "interactive": false,
  "memoryLimit": 128,
  "timeLimit": 1500,
  "tests": [
    {"input": "3 4\n", "output": "7\n"},
    {"input": "-5 2\n", "output": "-3\n"}
  ],
  "testType": "single",
  "input": {"type": "stdin"},
  "output": {"type": "stdout"},
  "batch": {"id": "x", "size": 1}
}"#;

const PAIR_SUM: &str = "a, b = map(int, input().split())\nprint(a + b)\n";

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A package with a custom validator (its header inlined), nested test groups, a LaTeX
/// statement and judges' submissions imports into a problem that `grind check` proves.
#[test]
fn a_kattis_package_becomes_a_sound_problem() {
    let into = tempfile::tempdir().unwrap();
    let run = Grind::new(&["import", "kattis"])
        .arg(fixture("import/kattis/tallest-tower"))
        .arg("--into")
        .arg(into.path())
        .expect(0);
    // Links (git's link files) are followed: a test of group2, a submission, the
    // validator's header; `.c++`/`.py3` are judged as C++/Python 3.
    assert!(
        run.stdout
            .contains("1 sample(s), 4 hidden test(s), 10 solution(s)"),
        "{}",
        run.stdout
    );
    // What grind cannot judge is named, each file.
    for left in [
        "submissions/slow_accepted/ (sleepy.py: grind check has no such class)",
        "wrong_answer/old.py2 (Python 2: grind runs Python 3)",
        "mixed/either.py (may pass or fail (AC, WA): grind check proves one outcome)",
    ] {
        assert!(run.stdout.contains(left), "{left}:\n{}", run.stdout);
    }
    let dir = into.path().join("tallest-tower");
    let yaml = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
    for want in [
        "time: 2s",
        "memory: 512MiB",
        "custom: checker.cpp",
        "protocol: kattis",
    ] {
        assert!(yaml.contains(want), "{want} missing:\n{yaml}");
    }
    assert!(dir.join("tests/group1-02.ans").is_file());
    let statement = std::fs::read_to_string(dir.join("statement.md")).unwrap();
    assert!(
        statement.starts_with("# Tallest Tower\n") && statement.contains("## Output\n"),
        "{statement}"
    );
    assert!(!statement.contains("\\section") && !statement.contains("% Written"));

    // The accepted submissions pass through the validator (the sample's answer is 2,
    // last_max.py prints 4), the wrong one fails.
    let check = Grind::new(&["check"]).arg(&dir).expect(0);
    assert!(
        check.stdout.contains("accepted/last_max.py"),
        "{}",
        check.stdout
    );
    // Every kind is proven; grind's finer verdicts count for the package's classes.
    for (what, verdict) in [
        ("accepted/alias.py", "AC"),
        ("wrong_answer/min_index_v3.py", "WA"),
        ("run_time_error/crash.py", "RE"),
        ("time_limit_exceeded/flood.py", "OLE"),
        // submissions.yaml's entry for the file, and a DOMjudge @EXPECTED_RESULTS@ line.
        ("accepted/right.py", "AC"),
        ("rejected/crash_or_wrong.py", "RE"),
    ] {
        let line = check
            .stdout
            .lines()
            .find(|l| l.contains(what))
            .unwrap_or("");
        assert!(
            line.contains(&format!("ok   {what}")) && line.contains(verdict),
            "{}",
            check.stdout
        );
    }
    assert!(check.stdout.contains("all sound"), "{}", check.stdout);
    // The validator's message reaches the user.
    let tmp = tempfile::tempdir().unwrap();
    let wrong = write(tmp.path(), "zero.py", "print(0)\n");
    let run = Grind::new(&["test"]).arg(&dir).arg(&wrong).expect(1);
    assert!(
        run.stdout.contains("index 0 is out of range"),
        "{}",
        run.stdout
    );
}

/// Imported problems live beside the bank: listed, shown, judged and recorded by id.
#[test]
fn companion_json_imports_into_your_problems() {
    let desk = Desk::new();
    let run = desk
        .grind(&["import", "companion", "-", "--difficulty", "easy"])
        .stdin(COMPANION.as_bytes())
        .expect(0);
    assert!(run.stdout.contains("imported b-pair-sum"), "{}", run.stdout);
    let dir = desk.home.path().join("problems/b-pair-sum");
    let yaml = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
    for want in [
        "time: 1500ms",
        "memory: 128MiB",
        "difficulty: easy",
        "source: https://judge.example/problem/pair-sum",
    ] {
        assert!(yaml.contains(want), "{want} missing:\n{yaml}");
    }
    let list = desk.grind(&["list"]).expect(0).stdout;
    assert!(
        list.contains("b-pair-sum") && list.contains("two-sum"),
        "{list}"
    );
    let show = desk.grind(&["show", "b-pair-sum"]).expect(0).stdout;
    assert!(show.contains("judge.example"), "{show}");
    let file = write(desk.work.path(), "b-pair-sum.py", PAIR_SUM);
    desk.grind(&["submit", "b-pair-sum"]).arg(&file).expect(0);
    let stats = desk.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(stats["by_difficulty"]["easy"]["solved"], 1, "{stats}");

    // Again under the same id: refused, the first import untouched; --force replaces.
    let again = desk
        .grind(&["import", "cc", "-", "--time-limit", "3s"])
        .stdin(COMPANION.as_bytes())
        .expect(2);
    assert!(
        again.stderr.contains("already exists") && again.stderr.contains("--force"),
        "{}",
        again.stderr
    );
    let kept = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
    assert_eq!(kept, yaml);
    desk.grind(&["import", "cc", "-", "--time-limit", "3s", "--force"])
        .stdin(COMPANION.as_bytes())
        .expect(0);
    let replaced = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
    assert!(replaced.contains("time: 3s"), "{replaced}");
    // No work folders are left beside the problems.
    let left: Vec<_> = std::fs::read_dir(desk.home.path().join("problems"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("b-pair-sum")]);

    // A --force import killed between its two renames: the old problem was moved
    // aside and the new one never arrived. The next grind moves it back, and the
    // work folder a killed import left is not listed as a problem.
    let problems = desk.home.path().join("problems");
    std::fs::rename(&dir, problems.join(".replaced-b-pair-sum")).unwrap();
    std::fs::create_dir(problems.join(".import-x")).unwrap();
    std::fs::write(problems.join(".import-x/problem.yaml"), &yaml).unwrap();
    let list = desk.grind(&["list"]).expect(0).stdout;
    assert!(list.contains("b-pair-sum"), "{list}");
    assert!(
        !list.contains(".import") && !list.contains(".replaced"),
        "{list}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("problem.yaml")).unwrap(),
        replaced,
        "moved back whole"
    );
}

/// online-judge-tools' sample-* files are the samples, other files hidden tests.
#[test]
fn an_oj_test_folder_imports_with_samples_and_hidden_tests() {
    let into = tempfile::tempdir().unwrap();
    // The problem's folder (holding test/) is given, as `oj` users work in it.
    let run = Grind::new(&["import", "oj"])
        .arg(fixture("import/oj/pair-sum"))
        .arg("--into")
        .arg(into.path())
        .expect(0);
    assert!(
        run.stdout.contains("imported pair-sum")
            && run.stdout.contains("2 sample(s), 1 hidden test(s)")
            && run.stdout.contains("no time limit"),
        "{}",
        run.stdout
    );
    let dir = into.path().join("pair-sum");
    let tmp = tempfile::tempdir().unwrap();
    let ok = write(tmp.path(), "sum.py", PAIR_SUM);
    let report = Grind::new(&["test", "--all", "--json"])
        .arg(&dir)
        .arg(&ok)
        .expect(0)
        .json();
    let names: Vec<&str> = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["sample-1", "sample-2", "big-1"]);
    // A 32-bit sum overflows on the hidden test only.
    let c = write(
        tmp.path(),
        "sum.c",
        "#include <stdio.h>\nint main(void) { int a, b; scanf(\"%d %d\", &a, &b); printf(\"%d\\n\", a + b); }\n",
    );
    Grind::new(&["test"]).arg(&dir).arg(&c).expect(0);
    Grind::new(&["test", "--all"]).arg(&dir).arg(&c).expect(1);
}

/// Competitive Companion posts each problem to a local port; grind imports it at once.
#[test]
fn companion_problems_arrive_over_http() {
    let desk = Desk::new();
    let mut child = desk
        .grind(&["import", "companion", "--listen", "0"])
        .spawn_piped();
    let mut lines = Lines::new(child.stdout.take().unwrap());
    let port = lines
        .first_matching("listening on 127.0.0.1:", Duration::from_secs(20))
        .and_then(|l| {
            l.split("127.0.0.1:")
                .nth(1)?
                .split(':')
                .next()?
                .parse::<u16>()
                .ok()
        })
        .expect("grind says where it listens");
    let post = |body: &str| {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut reply = String::new();
        stream.read_to_string(&mut reply).unwrap();
        reply
    };
    // A broken request is refused with the reason, and the listener goes on.
    let refused = post("{\"name\": ");
    assert!(
        refused.starts_with("HTTP/1.1 422") && refused.contains("<request>:1:"),
        "{refused}"
    );
    let landed = post(COMPANION);
    assert!(
        landed.starts_with("HTTP/1.1 200") && landed.contains("imported b-pair-sum"),
        "{landed}"
    );
    let imported = lines.until("imported b-pair-sum", Duration::from_secs(20));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(imported, "the posted problem was imported");
    assert!(
        desk.home
            .path()
            .join("problems/b-pair-sum/problem.yaml")
            .is_file()
    );
}

#[test]
fn bad_sources_are_refused_with_the_place_and_a_fix() {
    let tmp = tempfile::tempdir().unwrap();
    let into = tmp.path().join("into");
    let import = |format: &str, path: &Path, extra: &[&str]| {
        Grind::new(&["import", format])
            .arg(path)
            .arg("--into")
            .arg(&into)
            .args(extra)
            .expect(2)
            .stderr
    };

    // JSON with a syntax error: file:line:column.
    let broken = write(
        tmp.path(),
        "broken.json",
        "{\n  \"name\": \"X\",\n  \"tests\": [,]\n}\n",
    );
    let err = import("companion", &broken, &[]);
    assert!(err.contains("broken.json:3:"), "{err}");
    assert!(err.contains("not Competitive Companion's JSON"), "{err}");

    // Interactive problems cannot be judged here.
    let interactive = write(
        tmp.path(),
        "i.json",
        &COMPANION.replace("\"interactive\": false", "\"interactive\": true"),
    );
    let err = import("companion", &interactive, &[]);
    assert!(err.contains("is interactive"), "{err}");

    // An id that is not one, and one of the bundled bank.
    let ok = write(tmp.path(), "ok.json", COMPANION);
    let err = import("companion", &ok, &["--id", "Pair Sum"]);
    assert!(
        err.contains("is not a problem id") && err.contains("pair-sum"),
        "{err}"
    );
    let err = import("companion", &ok, &["--id", "two-sum"]);
    assert!(
        err.contains("bundled bank") && err.contains("--id"),
        "{err}"
    );

    // A test without its answer names the file; nothing is written.
    let oj = tmp.path().join("lonely/test");
    std::fs::create_dir_all(&oj).unwrap();
    write(&oj, "sample-1.in", "1\n");
    let err = import("oj", &oj, &[]);
    assert!(err.contains("sample-1.in has no answer file"), "{err}");
    assert!(err.contains("sample-1.out"), "{err}");

    // A package folder without problem.yaml, and multi-pass ones without a validator to
    // start the next pass or with a pass count out of range.
    let err = import("kattis", &oj, &[]);
    assert!(err.contains("has no problem.yaml"), "{err}");
    let package = tmp.path().join("guess");
    std::fs::create_dir_all(package.join("data/secret")).unwrap();
    write(
        &package,
        "problem.yaml",
        "problem_format_version: 2023-07-draft\nname:\n  en: Guess\ntype: multi-pass\n",
    );
    let err = import("kattis", &package, &[]);
    assert!(
        err.contains("is a multi-pass problem without an output validator")
            && err.contains("problem.yaml:4:7"),
        "{err}"
    );
    write(
        &package,
        "problem.yaml",
        "name: Guess
type: multi-pass
limits:
  validation_passes: 1
",
    );
    let err = import("kattis", &package, &[]);
    assert!(
        err.contains("validation_passes must be a number of passes from 2 to 100")
            && err.contains("problem.yaml:4:3"),
        "{err}"
    );
    // A zip, and a validator of two program folders.
    let zip = tmp.path().join("guess.zip");
    std::fs::write(&zip, "PK\x03\x04").unwrap();
    let err = import("kattis", &zip, &[]);
    assert!(err.contains("is a file") && err.contains("unzip"), "{err}");
    std::fs::create_dir_all(package.join("output_validator/one")).unwrap();
    std::fs::create_dir_all(package.join("output_validator/two")).unwrap();
    write(&package, "problem.yaml", "name: Guess\ntype: interactive\n");
    let err = import("kattis", &package, &[]);
    assert!(err.contains("is 2 programs (one, two)"), "{err}");
    std::fs::remove_dir(package.join("output_validator/one")).unwrap();
    std::fs::remove_dir(package.join("output_validator/two")).unwrap();
    // A validator built and run by its own scripts.
    std::fs::create_dir_all(package.join("output_validator")).unwrap();
    write(&package, "problem.yaml", "name: Guess\ntype: interactive\n");
    write(
        &package,
        "output_validator/jury.c",
        "int main(void) { return 42; }\n",
    );
    write(
        &package,
        "output_validator/run",
        "#!/bin/sh\nexec ./jury \"$1\" out\n",
    );
    let err = import("kattis", &package, &[]);
    assert!(err.contains("comes with its own `run` script"), "{err}");
    // Broken YAML in the package.
    write(&package, "problem.yaml", "name: [unclosed\n");
    let err = import("kattis", &package, &[]);
    assert!(err.contains("problem.yaml:"), "{err}");

    // A listener needs the companion format.
    let err = Grind::new(&["import", "oj", "--listen", "0"])
        .expect(2)
        .stderr;
    assert!(err.contains("Competitive Companion"), "{err}");

    assert!(
        !into.exists() || std::fs::read_dir(&into).unwrap().next().is_none(),
        "a refused import leaves nothing"
    );
}

/// A folder of packages (a contest's archive) imports each one; a broken one is
/// reported and the others still land.
#[test]
fn a_contest_folder_imports_each_package() {
    let contest = tempfile::tempdir().unwrap();
    let good = contest.path().join("a-tower");
    grind::fsutil::copy_dir(&fixture("import/kattis/tallest-tower"), &good).unwrap();
    let broken = contest.path().join("b-empty");
    std::fs::create_dir_all(&broken).unwrap();
    write(&broken, "problem.yaml", "name: Empty\n");
    let into = tempfile::tempdir().unwrap();
    let run = Grind::new(&["import", "kattis"])
        .arg(contest.path())
        .arg("--into")
        .arg(into.path())
        .expect(2);
    assert!(run.stdout.contains("imported a-tower"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("has neither data/sample nor data/secret")
            && run.stderr.contains("1 of 2 packages"),
        "{}",
        run.stderr
    );
    assert!(into.path().join("a-tower/problem.yaml").is_file());
    assert!(!into.path().join("b-empty").exists());
    let err = Grind::new(&["import", "kattis", "--id", "x"])
        .arg(contest.path())
        .expect(2)
        .stderr;
    assert!(err.contains("holds 2 packages"), "{err}");
}

/// A copy of the tallest-tower package to change, and the folder it is in.
fn tower_copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let package = tmp.path().join("tower");
    grind::fsutil::copy_dir(&fixture("import/kattis/tallest-tower"), &package).unwrap();
    (tmp, package)
}

/// `grind import kattis PACKAGE --into INTO`.
fn import_kattis(package: &Path, into: &Path) -> Grind {
    Grind::new(&["import", "kattis"])
        .arg(package)
        .arg("--into")
        .arg(into)
}

/// A link (git's link file) that leaves the package's repository, or names nothing,
/// is refused by name; a test's link refuses the import, a submission's is noted.
#[test]
fn links_out_of_the_package_are_refused_by_name() {
    let (tmp, package) = tower_copy();
    write(tmp.path(), "validate.h", "#pragma once\n");
    let header = "output_validators/tower_validator/validate.h";
    write(&package, header, "../../../validate.h");
    let into = tempfile::tempdir().unwrap();
    let import = || import_kattis(&package, into.path());
    let err = import().expect(2).stderr;
    assert!(
        err.contains("validate.h is a link to ../../../validate.h outside"),
        "{err}"
    );
    write(&package, header, "../../include/validate.h");
    write(&package, "data/secret/group2/02.in", "../group9/02.in");
    let err = import().expect(2).stderr;
    assert!(
        err.contains("02.in is a link to ../group9/02.in which does not exist"),
        "{err}"
    );
    std::fs::remove_file(package.join("data/secret/group2/02.in")).unwrap();
    std::fs::remove_file(package.join("data/secret/group2/02.ans")).unwrap();
    write(
        &package,
        "submissions/accepted/alias.py",
        "../gone/alias.py",
    );
    let run = import().expect(0);
    assert!(
        run.stdout.contains("accepted/alias.py (")
            && run
                .stdout
                .contains("alias.py is a link to ../gone/alias.py which does not exist"),
        "{}",
        run.stdout
    );
}

/// A submissions.yaml naming a verdict no format has is refused at its place.
#[test]
fn an_unknown_verdict_in_submissions_yaml_is_refused_at_its_place() {
    let (_tmp, package) = tower_copy();
    write(
        &package,
        "submissions/submissions.yaml",
        "accepted:\n  permitted: [AC, MAYBE]\n",
    );
    let into = tempfile::tempdir().unwrap();
    let err = import_kattis(&package, into.path()).expect(2).stderr;
    assert!(
        err.contains("unknown verdict `MAYBE`") && err.contains("submissions.yaml:2:19"),
        "{err}"
    );
}

/// An interactive Kattis package: its output validator becomes the interactor, and
/// `grind check` proves the accepted and the wrong submission through it.
#[test]
fn an_interactive_kattis_package_is_judged_through_its_validator() {
    let tmp = tempfile::tempdir().unwrap();
    let package = tmp.path().join("guess-number");
    for dir in [
        "data/sample",
        "data/secret",
        "output_validator",
        "submissions/accepted",
        "submissions/wrong_answer",
    ] {
        std::fs::create_dir_all(package.join(dir)).unwrap();
    }
    write(
        &package,
        "problem.yaml",
        "problem_format_version: 2023-07-draft\nname: Guess the Number\ntype: interactive\nlimits:\n  time_limit: 2\n",
    );
    write(&package, "data/sample/1.in", "500000 30\n");
    write(&package, "data/sample/1.ans", "");
    write(&package, "data/secret/deep.in", "777777 30\n");
    write(&package, "data/secret/deep.ans", "");
    let copy = |from: &str, to: &str| {
        std::fs::copy(fixture(&format!("interactive/{from}")), package.join(to)).unwrap();
    };
    copy("validator.c", "output_validator/validator.c");
    copy("binary_search.c", "submissions/accepted/halves.c");
    copy("linear.py", "submissions/wrong_answer/linear.py");
    let into = tempfile::tempdir().unwrap();
    let run = Grind::new(&["import", "kattis"])
        .arg(&package)
        .arg("--into")
        .arg(into.path())
        .expect(0);
    assert!(run.stdout.contains("is the interactor"), "{}", run.stdout);
    let dir = into.path().join("guess-number");
    let yaml = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
    assert!(
        yaml.contains("program: interactor.c") && yaml.contains("protocol: kattis"),
        "{yaml}"
    );
    let check = Grind::new(&["check"]).arg(&dir).expect(0);
    for want in ["accepted/halves.c", "wrong_answer/linear.py"] {
        assert!(check.stdout.contains(want), "{want}:\n{}", check.stdout);
    }
}

/// A multi-pass Kattis package (interactive or not) imports with its pass count, and
/// `grind check` proves that a submission wrong only on the second pass is rejected.
/// The validator may be a program folder inside `output_validator/`; its arguments
/// come from the top test group (`data/test_group.yaml`).
#[test]
fn a_multi_pass_kattis_package_runs_every_pass() {
    for (kind, validator) in [
        ("multi-pass", "remember.py"),
        ("[interactive, multi-pass]", "talk/remember_talk.py"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let package = tmp.path().join("remember");
        for dir in [
            "data/secret",
            "output_validator/talk",
            "submissions/accepted",
            "submissions/wrong_answer",
        ] {
            std::fs::create_dir_all(package.join(dir)).unwrap();
        }
        write(
            &package,
            "problem.yaml",
            &format!(
                "problem_format_version: 2025-09\nname: Remember\ntype: {kind}\nlimits:\n  validation_passes: 3\n"
            ),
        );
        write(
            &package,
            "data/test_group.yaml",
            "output_validator_args: [remember]\n",
        );
        for (name, number) in [("1", "41"), ("2", "-7")] {
            write(
                &package,
                &format!("data/secret/{name}.in"),
                &format!("first {number}\n"),
            );
            write(&package, &format!("data/secret/{name}.ans"), "");
        }
        let copy = |from: &str, to: &str| {
            std::fs::copy(fixture(&format!("multipass/{from}")), package.join(to)).unwrap();
        };
        let name = validator.trim_start_matches("talk/");
        copy(name, &format!("output_validator/{validator}"));
        copy("encode.cpp", "submissions/accepted/encode.cpp");
        copy("forgets.py", "submissions/wrong_answer/forgets.py");
        let into = tempfile::tempdir().unwrap();
        let run = Grind::new(&["import", "kattis"])
            .arg(&package)
            .arg("--into")
            .arg(into.path())
            .expect(0);
        assert!(run.stdout.contains("up to 3 passes"), "{}", run.stdout);
        let dir = into.path().join("remember");
        let yaml = std::fs::read_to_string(dir.join("problem.yaml")).unwrap();
        assert!(
            yaml.contains("passes: 3") && yaml.contains("args:\n  - remember"),
            "{yaml}"
        );
        let check = Grind::new(&["check", "--json"]).arg(&dir).expect(0);
        let findings = check.json()[0]["findings"].clone();
        let forgets = findings
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["what"] == "wrong_answer/forgets.py")
            .unwrap_or_else(|| panic!("{findings}"));
        assert!(
            forgets["ok"] == true && forgets["detail"].as_str().unwrap().contains("WA"),
            "{forgets}"
        );
    }
}
