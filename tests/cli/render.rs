//! Snapshots of what people read: the verdict table, the failure display and the
//! compile error, with times, sizes and temporary paths redacted.

use super::{Desk, Grind, fixture, problem};

fn redact(text: &str) -> String {
    let rules = [
        (r"\d+ ms", "[N] ms"),
        (r"\d+(\.\d+)? (MiB|KiB)", "[SIZE]"),
        (r"/tmp/[^\s:]+", "[TMP]"),
        (r"built in \[N\] ms|build cached", "[BUILD]"),
        (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[WHEN]"),
        (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[WHEN]"),
        (r"problem-[[:alnum:]]{6}", "problem-XXXXXX"),
    ];
    let mut out = text.to_string();
    for (pattern, with) in rules {
        out = regex::Regex::new(pattern)
            .unwrap()
            .replace_all(&out, with)
            .into_owned();
    }
    out
}

fn judge_wrong(file: &str, contents: &str, yaml: &str) -> String {
    let p = problem(yaml, &[]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file);
    std::fs::write(&path, contents).unwrap();
    let run = Grind::new(&["test", "-j1"]).arg(p.path()).arg(&path).run();
    redact(&format!("{}--- stderr ---\n{}", run.stdout, run.stderr))
}

const SUM_PROBLEM: &str = r#"title: Sums
difficulty: easy
samples:
  - input: "3\n1 2\n3 4\n5 6\n"
    output: "3\n7\n11\n"
  - input: "1\n0 0\n"
    output: "0\n"
"#;

#[test]
fn wrong_answer_shows_side_by_side_diff() {
    let wrong = "import sys\nd=sys.stdin.read().split()\nn=int(d[0])\nfor i in range(n):\n    a,b=int(d[1+2*i]),int(d[2+2*i])\n    print(a+b if i!=1 else a*b)\n";
    insta::assert_snapshot!(judge_wrong("sums.py", wrong, SUM_PROBLEM));
}

#[test]
fn missing_line_is_shown_as_such() {
    let short = "import sys\nd=sys.stdin.read().split()\nprint(int(d[1])+int(d[2]))\n";
    insta::assert_snapshot!(judge_wrong("short.py", short, SUM_PROBLEM));
}

#[test]
fn runtime_error_shows_stderr_end() {
    insta::assert_snapshot!(judge_wrong(
        "crash.py",
        "import sys\nx = [1]\nprint(x[5])\n",
        SUM_PROBLEM
    ));
}

#[test]
fn compile_error_points_at_the_users_file() {
    let out = judge_wrong("broken.cpp", "int main() {\n  return x;\n}\n", SUM_PROBLEM);
    assert!(out.contains("broken.cpp:2:"), "{out}");
    assert!(!out.contains("main.cpp"), "{out}");
    insta::assert_snapshot!(out);
}

#[test]
fn accepted_table() {
    let run = Grind::new(&["test", "-j1"])
        .arg(fixture("aplusb"))
        .arg(fixture("solutions/c/AC.c"))
        .expect(0);
    insta::assert_snapshot!(redact(&run.stdout));
}

#[test]
fn colour_only_when_asked() {
    let wrong = fixture("solutions/c/WA.c");
    let plain = Grind::new(&["test"])
        .arg(fixture("aplusb"))
        .arg(&wrong)
        .expect(1);
    assert!(
        !plain.stdout.contains('\x1b'),
        "NO_COLOR is set: {}",
        plain.stdout
    );
    let forced = Grind::new(&["test", "--color", "always"])
        .arg(fixture("aplusb"))
        .arg(&wrong)
        .expect(1);
    assert!(
        forced.stdout.contains('\x1b'),
        "--color always: {}",
        forced.stdout
    );
    let never = Grind::new(&["test", "--color", "never"])
        .env("NO_COLOR", "")
        .arg(fixture("aplusb"))
        .arg(&wrong)
        .expect(1);
    assert!(!never.stdout.contains('\x1b'));
}

#[test]
fn large_output_diff_shows_only_a_window() {
    // 100k lines, one differs in the middle: the display shows a few lines around it.
    let n = 100_000;
    let answer: String = (0..n).map(|i| format!("{i}\n")).collect();
    let p = problem(
        "title: Count\ndifficulty: easy\ntests: [{dir: tests}]\n",
        &[("tests/big.in", "x\n"), ("tests/big.ans", &answer)],
    );
    let src = "#include <stdio.h>\nint main(void){for(int i=0;i<100000;i++)printf(\"%d\\n\", i==54321?-1:i);return 0;}\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("count.c");
    std::fs::write(&path, src).unwrap();
    let run = Grind::new(&["test", "--all"])
        .arg(p.path())
        .arg(&path)
        .expect(1);
    assert!(
        run.stdout
            .contains("first difference at line 54322, column 1: expected \"54321\", found \"-1\""),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.lines().count() < 40,
        "only a window is shown:\n{}",
        run.stdout
    );
}

/// `show` prints the title once, though the statement opens with it as a heading.
#[test]
fn show_prints_the_title_once() {
    let statement =
        std::fs::read_to_string(super::repo().join("problems/two-sum/statement.md")).unwrap();
    assert!(
        statement.starts_with("# Two Sum"),
        "the statement opens with its title"
    );
    let out = Grind::new(&["show", "two-sum", "--color", "never"])
        .expect(0)
        .stdout;
    let titles = out
        .lines()
        .filter(|l| l.trim_start().starts_with("Two Sum"))
        .count();
    assert_eq!(titles, 1, "{out}");
}

/// A long title is cut with "…" so that the tags column stays in line.
#[test]
fn list_keeps_its_columns_in_line() {
    let bank = tempfile::tempdir().unwrap();
    for (id, title) in [
        ("short", "Short"),
        (
            "long",
            "A Title Far Longer Than Any Column Should Ever Have To Hold",
        ),
    ] {
        let dir = bank.path().join(id);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("problem.yaml"),
            format!("title: {title}\ndifficulty: easy\ntags: [arrays]\n"),
        )
        .unwrap();
    }
    let out = Grind::new(&["list", "--color", "never"])
        .env("GRIND_PROBLEMS", bank.path())
        .expect(0)
        .stdout;
    // In characters, as a terminal shows them ("…" is three bytes).
    let column = |l: &str| {
        l.find("arrays")
            .or_else(|| l.find("tags"))
            .map(|i| l[..i].chars().count())
    };
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let at: Vec<_> = lines.iter().map(|l| column(l)).collect();
    assert!(at.iter().all(|c| c.is_some() && *c == at[0]), "{out}");
    assert!(
        out.contains("A Title Far Longer…") || out.contains('…'),
        "{out}"
    );
}

/// `grind review ID` and the review list, after a wrong submission and its fix: the
/// stored case, the diff the run showed, and the "fixed since" mark.
#[test]
fn review_of_a_failure_and_the_list_after_its_fix() {
    let yaml = format!("{SUM_PROBLEM}tests: [{{dir: tests}}]\n");
    let p = problem(
        &yaml,
        &[("tests/1.in", "2\n5 5\n0 1\n"), ("tests/1.ans", "10\n1\n")],
    );
    let desk = Desk::new();
    let file = desk.work.path().join("sums.py");
    let submit = |code: &str, expect: i32| {
        std::fs::write(&file, code).unwrap();
        desk.grind(&["submit", "-j1"])
            .env("GRIND_TODAY", "2026-03-02")
            .arg(p.path())
            .arg(&file)
            .expect(expect);
    };
    submit(
        "import sys\nd=sys.stdin.read().split()\nn=int(d[0])\nprint(*[int(d[1+2*i])*int(d[2+2*i]) if n==2 else int(d[1+2*i])+int(d[2+2*i]) for i in range(n)], sep='\\n')\n",
        1,
    );
    let shown = desk.grind(&["review", "1"]).expect(0);
    insta::assert_snapshot!("review_of_a_failure", redact(&shown.stdout));
    submit(
        "import sys\nd=sys.stdin.read().split()\nn=int(d[0])\nprint(*[int(d[1+2*i])+int(d[2+2*i]) for i in range(n)], sep='\\n')\n",
        0,
    );
    let list = desk.grind(&["review"]).expect(0);
    insta::assert_snapshot!("review_list_after_a_fix", redact(&list.stdout));
}

/// Nothing printed is said so, not as a missing line.
#[test]
fn no_output_is_said_so() {
    insta::assert_snapshot!(judge_wrong("silent.py", "pass\n", SUM_PROBLEM));
}
