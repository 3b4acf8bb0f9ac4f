//! Mock assessments, end to end with durations of seconds: start, submit a partial then
//! a full solution, the deadline passes, a late submit is refused, the report's figures.

use super::{Desk, Grind, Run, chromium_dom, fits_window, repo};
use serde_json::Value;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A mock session's desk: the session folder is `s` in the working folder.
struct Session(Desk);

impl Session {
    fn new() -> Session {
        Session(Desk::new())
    }

    fn grind(&self, args: &[&str]) -> Grind {
        self.0.grind(args)
    }

    fn folder(&self) -> PathBuf {
        self.0.work.path().join("s")
    }

    fn in_folder(&self, args: &[&str]) -> Grind {
        self.grind(args).dir(&self.folder())
    }

    fn start(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec![
            "mock",
            "start",
            "--problems",
            "2",
            "--difficulty",
            "easy",
            "--lang",
            "python",
            "--dir",
            "s",
        ];
        args.extend_from_slice(extra);
        let out = self.grind(&args).expect(0).stdout;
        // "  1. two-sum   easy   two-sum.md"
        out.lines()
            .filter_map(|l| {
                l.trim()
                    .strip_prefix("1. ")
                    .or_else(|| l.trim().strip_prefix("2. "))
            })
            .map(|l| l.split_whitespace().next().unwrap().to_string())
            .collect()
    }

    fn status(&self) -> Value {
        self.grind(&["mock", "status", "--json"]).expect(0).json()
    }

    fn write(&self, problem: &str, code: &str) -> PathBuf {
        let path = self.folder().join(format!("{problem}.py"));
        std::fs::write(&path, code).unwrap();
        path
    }

    fn accepted(&self, problem: &str) -> PathBuf {
        let code = std::fs::read_to_string(
            repo().join(format!("problems/{problem}/solutions/accepted/main.py")),
        )
        .unwrap();
        self.write(problem, &code)
    }

    fn submit(&self, problem: &str, code: i32) -> Run {
        self.in_folder(&["submit", problem]).expect(code)
    }

    /// Waits (bounded) until the session's clock has run out.
    fn wait_until_ended(&self, within: Duration) {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if self.status()["running"] == false {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("the mock did not end");
    }
}

#[test]
fn a_whole_mock_in_seconds() {
    let s = Session::new();
    // Long enough for four judgings on a busy machine (40 s was not, with both cores
    // busy and the other tests running); the test then waits for the end.
    let problems = s.start(&["--duration", "90s"]);
    assert_eq!(problems.len(), 2);
    let (p1, p2) = (&problems[0], &problems[1]);
    assert!(
        s.folder().join(format!("{p1}.md")).is_file()
            && s.folder().join(format!("{p1}.py")).is_file()
    );
    // Starting another while this one runs is refused.
    let again = s.grind(&["mock", "start", "--duration", "5s"]).expect(2);
    assert!(again.stderr.contains("still running"), "{}", again.stderr);

    // The untouched file (a template, or a function stub returning nothing) fails the
    // tests without a compile error, and hidden test content is not shown.
    let partial = s.in_folder(&["submit", "--verbose", p1]).expect(1);
    assert!(
        partial
            .stdout
            .contains("(hidden test: its content is not shown)"),
        "{}",
        partial.stdout
    );
    let wrong_id: i64 = s.in_folder(&["review", "--json"]).expect(0).json()[0]["id"]
        .as_i64()
        .unwrap();
    let during = s
        .in_folder(&["review"])
        .arg(wrong_id.to_string())
        .expect(0)
        .stdout;
    assert!(during.contains("hidden test of a running mock"), "{during}");
    // Then the full one; a problem outside the session is refused.
    s.accepted(p1);
    s.submit(p1, 0);
    let outside = s.folder().join("two-sum-x.py");
    std::fs::write(&outside, "print(0)\n").unwrap();
    let not_in = s
        .in_folder(&["submit", "meeting-rooms"])
        .arg(&outside)
        .expect(2);
    assert!(
        not_in.stderr.contains("is not part of mock"),
        "{}",
        not_in.stderr
    );

    let status = s.status();
    assert_eq!(status["running"], true);
    assert!(status["remaining_ms"].as_i64().unwrap() > 0);
    assert_eq!(status["problems"][0]["attempts"], 2);

    s.wait_until_ended(Duration::from_secs(120));
    s.accepted(p2);
    let late = s.submit(p2, 2);
    assert!(
        late.stderr.contains("has ended") && late.stderr.contains("does not count"),
        "{}",
        late.stderr
    );

    let report = s
        .grind(&["mock", "report", "--format", "json"])
        .expect(0)
        .json();
    let first = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["problem"] == p1.as_str())
        .unwrap()
        .clone();
    assert_eq!(first["counted"], 100.0);
    assert_eq!(first["best"], 100.0);
    assert_eq!(first["attempts"], 2);
    assert!(first["first_full_ms"].as_i64().unwrap() > 0);
    let second = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["problem"] == p2.as_str())
        .unwrap()
        .clone();
    assert_eq!(second["attempts"], 0, "the late submission does not count");
    assert_eq!(report["total"], 100.0);
    assert_eq!(report["max_total"], 200.0);
    assert_eq!(report["timeline"].as_array().unwrap().len(), 2);
    // After the mock, everything is in review.
    let after = s
        .in_folder(&["review"])
        .arg(wrong_id.to_string())
        .expect(0)
        .stdout;
    assert!(
        !after.contains("hidden test of a running mock") && after.contains("input"),
        "{after}"
    );
    // And in stats.
    let stats = s.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(stats["mocks"][0]["score"], 100.0);
    let text = s.grind(&["mock", "report"]).expect(0).stdout;
    assert!(text.contains("time is up"), "{text}");
    let md = s
        .grind(&["mock", "report", "--format", "markdown"])
        .expect(0)
        .stdout;
    assert!(
        md.starts_with("# Mock assessment") && md.contains("| 100 | 100 | AC | 2 |"),
        "{md}"
    );
}

#[test]
fn the_last_submission_counts_and_the_best_is_shown() {
    let s = Session::new();
    let problems = s.start(&["--duration", "60s"]);
    let p = &problems[0];
    s.accepted(p);
    s.submit(p, 0);
    // Fails every test, whatever the problem (print(0) can be right on some tests).
    s.write(p, "raise SystemExit(1)\n");
    s.submit(p, 1);
    s.grind(&["mock", "finish"]).expect(0);
    let report = s
        .grind(&["mock", "report", "--format", "json"])
        .expect(0)
        .json();
    let row = &report["problems"][0];
    assert_eq!(
        (row["counted"].as_f64(), row["best"].as_f64()),
        (Some(0.0), Some(100.0))
    );
    let text = s.grind(&["mock", "report"]).expect(0).stdout;
    assert!(
        text.contains("finished early") && text.contains("scored less than your best"),
        "{text}"
    );
    // Finished: a second finish says so.
    let again = s.grind(&["mock", "finish"]).expect(2);
    assert!(again.stderr.contains("already ended"), "{}", again.stderr);
}

#[test]
fn the_clock_survives_a_killed_grind() {
    let s = Session::new();
    s.start(&["--duration", "90s"]);
    let started = Instant::now();
    let mut watcher = s.grind(&["mock", "status", "--watch"]).spawn_piped();
    let mut lines = super::Lines::new(watcher.stdout.take().unwrap());
    assert!(lines.until("left", Duration::from_secs(10)));
    watcher.kill().unwrap();
    watcher.wait().unwrap();
    let remaining = s.status()["remaining_ms"].as_i64().unwrap();
    let elapsed = started.elapsed().as_millis() as i64;
    assert!(
        remaining <= 90_000 - elapsed + 500 && remaining > 90_000 - elapsed - 3000,
        "remaining {remaining} after {elapsed} ms"
    );
}

#[test]
fn deleted_folder_and_empty_filters_are_clear() {
    let s = Session::new();
    s.start(&["--duration", "60s"]);
    std::fs::remove_dir_all(s.folder()).unwrap();
    let status = s.grind(&["mock", "status"]).expect(0).stdout;
    assert!(status.contains("session folder is gone"), "{status}");
    s.grind(&["mock", "finish"]).expect(0);
    let none = s
        .grind(&["mock", "start", "--tags", "no-such-topic", "--dir", "t"])
        .expect(2);
    assert!(
        none.stderr.contains("no problem left in the bank"),
        "{}",
        none.stderr
    );
    let fresh = Session::new();
    let run = fresh.grind(&["mock", "status"]).expect(2);
    assert!(
        run.stderr.contains("no mock assessment yet"),
        "{}",
        run.stderr
    );
    let run = fresh
        .grind(&["mock", "start", "--preset", "marathon"])
        .expect(2);
    assert!(run.stderr.contains("unknown preset"), "{}", run.stderr);
}

/// While a mock runs, no command shows the content of its problems' hidden tests (a
/// wrong output's text, an expected answer, an input), in text or JSON; hints and the
/// solution are refused. After the mock, all of it is there.
#[test]
fn a_running_mock_keeps_its_hidden_tests_secret() {
    const MARK: &str = "MARKER424242";
    let s = Session::new();
    // The one easy problem tagged stacks: a stdin problem with hidden tests.
    let out = s
        .grind(&[
            "mock",
            "start",
            "--problems",
            "1",
            "--difficulty",
            "easy",
            "--tags",
            "stacks",
            "--lang",
            "python",
            "--dir",
            "s",
            "--duration",
            "5m",
        ])
        .expect(0)
        .stdout;
    assert!(out.contains("balanced-brackets"), "{out}");
    let yaml: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo().join("problems/balanced-brackets/problem.yaml")).unwrap(),
    )
    .unwrap();
    assert!(yaml.get("signature").is_none(), "a stdin problem");
    // Right on the samples, a marker everywhere else.
    let samples: serde_json::Map<String, Value> = yaml["samples"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|s| {
            let text = |k: &str| s[k].as_str().unwrap().to_string();
            (text("input"), Value::from(text("output")))
        })
        .collect();
    let code = format!(
        "import sys, json\nanswers = json.loads({:?})\nprint(answers.get(sys.stdin.read(), \"{MARK}\\n\"), end=\"\")\n",
        Value::Object(samples).to_string()
    );
    let file = s.write("balanced-brackets", &code);
    let secret = |what: &str, run: &Run| {
        for text in [&run.stdout, &run.stderr] {
            assert!(
                !text.contains(MARK)
                    && !text.contains("expected \"")
                    && !text.contains("\"expected\""),
                "{what} shows hidden content:\n{text}"
            );
        }
    };
    let run = s.submit("balanced-brackets", 1);
    secret("submit", &run);
    assert!(run.stdout.contains("WA"), "{}", run.stdout);
    let json = s
        .in_folder(&["submit", "balanced-brackets", "--json"])
        .expect(1);
    secret("submit --json", &json);
    let id = json.json()["submission"].as_i64().unwrap().to_string();
    let during = s.grind(&["review", &id]).expect(0);
    secret("review ID", &during);
    assert!(!during.stdout.contains("grind stress"), "{}", during.stdout);
    secret(
        "review --json ID",
        &s.grind(&["review", "--json", &id]).expect(0),
    );
    secret(
        "review --rerun",
        &s.in_folder(&["review", "--rerun", "balanced-brackets"])
            .expect(1),
    );
    secret(
        "review --rerun --json",
        &s.in_folder(&["review", "--rerun", "balanced-brackets", "--json"])
            .expect(1),
    );
    // From outside the folder, as plain practice.
    let problem = repo().join("problems/balanced-brackets");
    for extra in [&[][..], &["--json"]] {
        let run = s
            .grind(&["test", "--all"])
            .args(extra)
            .arg(&problem)
            .arg(&file)
            .expect(1);
        secret("test --all", &run);
    }
    for args in [
        &["review", "--save", &id][..],
        &["hint", "balanced-brackets"],
        &["solution", "balanced-brackets", "--yes"],
        &["stress", "balanced-brackets", file.to_str().unwrap()],
    ] {
        let run = s.grind(args).expect(2);
        assert!(
            run.stderr.contains("running mock") || run.stderr.contains("is running"),
            "{args:?}: {}",
            run.stderr
        );
        secret("refusals", &run);
    }
    // After the mock: everything.
    s.grind(&["mock", "finish"]).expect(0);
    let shown = s.grind(&["review", &id]).expect(0).stdout;
    assert!(shown.contains(MARK), "{shown}");
    // The way to find such a case by oneself, once the mock is over.
    assert!(
        shown.contains("grind stress balanced-brackets balanced-brackets.py"),
        "{shown}"
    );
    s.grind(&["hint", "balanced-brackets"]).expect(0);
}

/// An interactive problem in a mock: judged through its interactor, and the exchange
/// of a hidden test (what the solution said, here a marker) is not shown until the
/// mock ends.
#[test]
fn an_interactive_problem_in_a_mock_keeps_its_exchanges_secret() {
    const MARK: &str = "424242";
    let s = Session::new();
    let out = s
        .grind(&[
            "mock",
            "start",
            "--problems",
            "1",
            "--difficulty",
            "easy",
            "--tags",
            "interactive",
            "--lang",
            "python",
            "--dir",
            "s",
            "--duration",
            "5m",
        ])
        .expect(0)
        .stdout;
    assert!(out.contains("guess-the-number"), "{out}");
    // Right on the samples (n <= 10); on a larger n it asks once and guesses the marker.
    let code = format!(
        "import sys\nn = int(sys.stdin.readline())\nlo, hi = 1, n\nif n > 10:\n    print('? 1', flush=True)\n    sys.stdin.readline()\n    print('! {MARK}', flush=True)\n    sys.exit(0)\nwhile True:\n    mid = (lo + hi) // 2\n    print('?', mid, flush=True)\n    r = sys.stdin.readline().strip()\n    if r == '=':\n        print('!', mid, flush=True)\n        break\n    lo, hi = (mid + 1, hi) if r == '>' else (lo, mid - 1)\n"
    );
    s.write("guess-the-number", &code);
    let run = s.submit("guess-the-number", 1);
    assert!(run.stdout.contains("WA"), "{}", run.stdout);
    let id = s
        .in_folder(&["submit", "guess-the-number", "--json"])
        .expect(1);
    let id = id.json()["submission"].as_i64().unwrap().to_string();
    let review = s.grind(&["review", &id]).expect(0);
    for text in [&run.stdout, &run.stderr, &review.stdout] {
        assert!(!text.contains(MARK), "hidden exchange shown:\n{text}");
    }
    s.accepted("guess-the-number");
    s.submit("guess-the-number", 0);
    let status = s.status();
    assert_eq!(status["problems"][0]["verdict"], "AC", "{status}");
    assert_eq!(status["problems"][0]["best"], 100.0, "{status}");
    s.grind(&["mock", "finish"]).expect(0);
    let shown = s.grind(&["review", &id]).expect(0).stdout;
    assert!(shown.contains(&format!("> ! {MARK}")), "{shown}");
}

/// Bad session values are refused before anything is written or recorded, saying
/// what is allowed; `2h` is a valid duration.
#[test]
fn bad_session_values_are_refused_before_anything_starts() {
    let s = Session::new();
    for (args, says) in [
        (&["--duration", "3"][..], "has no unit"),
        (&["--duration", "25h"], "at most 24 hours"),
        (&["--minutes", "0"], "1 to 1440 minutes"),
        (&["--minutes", "999999999999"], "1 to 1440 minutes"),
        (&["--problems", "0"], "1 to 10 problems"),
        (&["--problems", "99"], "1 to 10 problems"),
        (
            &[
                "--problems",
                "10",
                "--difficulty",
                "hard",
                "--tags",
                "heaps",
            ],
            "the session asks for 10",
        ),
    ] {
        let run = s
            .grind(&["mock", "start", "--dir", "s"])
            .args(args)
            .expect(2);
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert!(!s.folder().exists(), "{args:?} made the folder");
    }
    let run = s.grind(&["mock", "status"]).expect(2);
    assert!(
        run.stderr.contains("no mock assessment yet"),
        "{}",
        run.stderr
    );
    let stats = s.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(
        stats["mocks"].as_array().map_or(0, Vec::len),
        0,
        "{stats:#}"
    );
    s.grind(&["mock", "start", "--dir", "s", "--duration", "2h"])
        .expect(0);
}

/// A start that fails after writing the folder (here the history refuses the mock, as
/// a full disk would) leaves no folder, so the same `--dir` works next time; what a
/// killed start left beside it is removed.
#[test]
fn a_failed_start_leaves_no_folder_behind() {
    let s = Session::new();
    s.grind(&["stats"]).expect(0);
    let db = s.0.home.path().join("history.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER refuse BEFORE INSERT ON mocks BEGIN SELECT RAISE(ABORT, 'refused'); END;",
    )
    .unwrap();
    let stale = s.0.work.path().join(".s.partial-999999999");
    std::fs::create_dir_all(stale.join("two-sum")).unwrap();
    let run = s
        .grind(&["mock", "start", "--problems", "2", "--dir", "s"])
        .expect(2);
    assert!(run.stderr.contains("refused"), "{}", run.stderr);
    let left: Vec<_> = std::fs::read_dir(s.0.work.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.is_empty(), "{left:?}");
    conn.execute_batch("DROP TRIGGER refuse").unwrap();
    let problems = s.start(&["--duration", "60s"]);
    assert_eq!(problems.len(), 2);
    for p in &problems {
        assert!(s.folder().join(format!("{p}.md")).is_file(), "{p}.md");
    }
}

/// The HTML report in a real headless browser: it renders offline, with the chart and
/// the timeline.
#[test]
fn html_report_renders_in_chromium() {
    let s = Session::new();
    let problems = s.start(&["--duration", "60s"]);
    // The session is as long as asked, to the millisecond: the clock starts when it
    // is recorded.
    let db = rusqlite::Connection::open(s.0.home.path().join("history.db")).unwrap();
    let length: i64 = db
        .query_row("SELECT deadline_ms - started_ms FROM mocks", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(length, 60_000);
    drop(db);
    s.write(&problems[0], "raise SystemExit(1)\n");
    s.submit(&problems[0], 1);
    s.accepted(&problems[0]);
    s.submit(&problems[0], 0);
    s.write(&problems[1], "raise SystemExit(1)\n");
    s.submit(&problems[1], 1);
    s.grind(&["mock", "finish"]).expect(0);
    let page = s.0.work.path().join("report.html");
    s.grind(&["mock", "report", "--format", "html", "-o"])
        .arg(&page)
        .expect(0);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
    assert!(html.contains("name=\"viewport\""), "readable on a phone");
    assert!(!html.contains("<script"), "no scripts in the report");
    let dom = chromium_dom(&page, s.0.work.path(), 1280);
    assert!(dom.contains("id=\"chart\""), "{dom}");
    assert!(
        dom.contains("id=\"legend\"") && dom.contains("accepted submission"),
        "{dom}"
    );
    assert!(
        dom.contains("time since the start") && dom.contains(">0:30<"),
        "axes with ticks: {dom}"
    );
    // The layout fits the window at desktop and phone widths.
    for width in [1280, 390] {
        assert!(
            fits_window(&html, s.0.work.path(), width),
            "overflows at {width} px"
        );
    }
    assert_eq!(
        dom.matches("class=\"submission\"").count(),
        3,
        "a dot per submission"
    );
    assert!(dom.contains("<strong id=\"total\">100</strong>"), "{dom}");
    let timeline = &dom[dom.find("id=\"timeline\"").unwrap()..];
    assert_eq!(timeline.matches("<li>").count(), 3, "the timeline");
    // The failing tests of the counted submission that failed (none when it did not
    // compile: the second problem may be a function problem, where the script is CE).
    let json = s
        .grind(&["mock", "report", "--format", "json"])
        .expect(0)
        .json();
    let failed_tests = json["problems"][1]["failing"].as_array().unwrap().len();
    if failed_tests > 0 {
        let failing = &dom[dom.find("id=\"failing\"").expect("a failing-tests list")..];
        assert!(failing.contains("grind review"), "{failing}");
        assert_eq!(
            failing.matches("<code>").count() - 1,
            failed_tests,
            "{failing}"
        );
    } else {
        assert!(dom.contains("No failing tests to list"), "{dom}");
    }
}
