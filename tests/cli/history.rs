//! The history: submit, review (list, show, save, rerun), stats, daily, hints and
//! solutions, list --status, watch; and what happens to a broken or busy database.

use super::{Desk, Grind, Run, fixture, pty};
use std::path::{Path, PathBuf};

/// Helpers of the practice desk used by these tests.
impl Desk {
    /// Copies a fixture solution into the work folder under `name`.
    fn put(&self, fixture_path: &str, name: &str) -> PathBuf {
        let to = self.work.path().join(name);
        std::fs::copy(fixture(fixture_path), &to).unwrap();
        to
    }

    fn db(&self) -> PathBuf {
        self.home.path().join("history.db")
    }
}

fn aplusb() -> String {
    fixture("aplusb").display().to_string()
}

fn submit(desk: &Desk, file: &Path, day: &str, code: i32) -> Run {
    desk.grind(&["submit", "--json"])
        .arg(aplusb())
        .arg(file)
        .env("GRIND_TODAY", day)
        .expect(code)
}

#[test]
fn submit_review_rerun_and_stats() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/WA.c", "aplusb.c");
    let first = submit(&desk, &file, "2026-03-02", 1).json();
    let id = first["submission"].as_i64().unwrap();
    assert_eq!(first["summary"]["verdict"], "WA");
    assert_eq!(first["summary"]["total"], 4, "samples and hidden tests");

    // The list shows the failed submission and its first failing test.
    let list = desk.grind(&["review", "--json"]).expect(0).json();
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["first_failing_test"], "sample-1");
    // One submission in detail: the failing case with its input, expected and actual text.
    let shown = desk.grind(&["review"]).arg(id.to_string()).expect(0);
    assert!(
        shown.stdout.contains("expected \"3\", found \"-1\""),
        "{}",
        shown.stdout
    );
    assert!(
        shown.stdout.contains("1 2"),
        "the input is shown: {}",
        shown.stdout
    );
    let detail = desk
        .grind(&["review", "--json"])
        .arg(id.to_string())
        .expect(0)
        .json();
    let failing = detail["failing"].as_array().unwrap();
    let overflow = failing.iter().find(|t| t["name"] == "02-overflow").unwrap();
    assert_eq!(overflow["expected"], "2147483648\n");
    assert_eq!(overflow["actual"], "2147483646\n");

    // Fix the file; --rerun judges the previously failed tests first and says they pass.
    std::fs::copy(fixture("solutions/c/AC.c"), &file).unwrap();
    let rerun = desk
        .grind(&["review", "--rerun", "--json", "aplusb"])
        .expect(0)
        .json();
    assert_eq!(rerun["previous"], id);
    assert_eq!(rerun["fixed"].as_array().unwrap().len(), 4);
    assert_eq!(rerun["tests"][0]["name"], "sample-1", "failed tests first");
    // In text, one line says what changed and the table lists each test once.
    let text = desk
        .grind(&["review", "--rerun", "aplusb"])
        .expect(0)
        .stdout;
    assert!(
        text.contains(&format!(
            "previously failed in #{id}: 4 test(s); now passing: sample-1"
        )),
        "{text}"
    );
    let rows = text
        .lines()
        .filter(|l| l.trim_start().starts_with("sample-1 "))
        .count();
    assert_eq!(rows, 1, "{text}");
    let second = submit(&desk, &file, "2026-03-02", 0).json();
    let fixed_by = second["submission"].as_i64().unwrap();
    assert!(fixed_by > id);
    // The failed submission is still listed, marked as fixed since.
    let list = desk.grind(&["review", "--json"]).expect(0).json();
    assert_eq!(list[0]["fixed_by"], fixed_by, "{list:#}");
    let text = desk.grind(&["review"]).expect(0).stdout;
    assert!(
        text.contains(&format!("fixed since (#{fixed_by} AC)")),
        "{text}"
    );

    let stats = desk
        .grind(&["stats", "--json"])
        .env("GRIND_TODAY", "2026-03-02")
        .expect(0)
        .json();
    assert_eq!(stats["submissions"], 2);
    assert_eq!(stats["streak_current"], 1);
    let math = stats["topics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tag"] == "math")
        .unwrap()
        .clone();
    assert_eq!(math["acceptance"], 0.5);
    assert_eq!(math["average_attempts"], 2.0);
    let text = desk
        .grind(&["stats"])
        .env("GRIND_TODAY", "2026-03-02")
        .expect(0)
        .stdout;
    assert!(
        text.contains("last 16 weeks") && text.contains("math"),
        "{text}"
    );
}

#[test]
fn review_save_appends_the_failed_case_to_my_tests() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/WA.c", "aplusb.c");
    let id = submit(&desk, &file, "2026-03-02", 1).json()["submission"]
        .as_i64()
        .unwrap();
    desk.grind(&["review", "--save"])
        .arg(id.to_string())
        .expect(0);
    // The first failing hidden case: a failing sample is run by `grind test` already.
    let tests_file = desk.work.path().join("aplusb.tests.yaml");
    let mine = std::fs::read_to_string(&tests_file).unwrap();
    assert!(mine.contains(&format!("01-mixed-from-{id}")), "{mine}");
    assert!(!mine.contains("sample-1"), "{mine}");
    // A new file gets the usual mode under the umask; a changed mode is kept.
    use std::os::unix::fs::PermissionsExt;
    let umask = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("Umask:"))
        .map(|v| u32::from_str_radix(v.trim(), 8).unwrap())
        .unwrap();
    let mode = || std::fs::metadata(&tests_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(), 0o666 & !umask);
    std::fs::set_permissions(&tests_file, std::fs::Permissions::from_mode(0o640)).unwrap();
    // A chosen test, by name; an unknown one names those it could save.
    desk.grind(&["review", "--save", "--test", "sample-1"])
        .arg(id.to_string())
        .expect(0);
    assert_eq!(mode(), 0o640);
    let run = desk
        .grind(&["review", "--save", "--test", "nope"])
        .arg(id.to_string())
        .expect(2);
    assert!(
        run.stderr.contains("no test `nope`") && run.stderr.contains("01-mixed"),
        "{}",
        run.stderr
    );
    let mine = std::fs::read_to_string(&tests_file).unwrap();
    assert!(mine.contains(&format!("sample-1-from-{id}")), "{mine}");
    // grind test now runs it (after the samples): it fails with the WA solution.
    let run = desk
        .grind(&["test", "--json", "--keep-going"])
        .arg(aplusb())
        .arg(&file)
        .expect(1)
        .json();
    assert!(
        run["tests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == format!("sample-1-from-{id}"))
    );
}

/// With solutions in two languages here and no FILE, the one changed last is judged,
/// and a note names the other.
#[test]
fn the_most_recently_changed_solution_is_judged() {
    let desk = Desk::new();
    let wa = desk.put("solutions/c/WA.c", "aplusb.c");
    let ac = desk.put("solutions/python/AC.py", "aplusb.py");
    let touch = |file: &Path, secs: u64| {
        let t = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs);
        std::fs::File::options()
            .append(true)
            .open(file)
            .unwrap()
            .set_modified(t)
            .unwrap();
    };
    touch(&wa, 1_700_000_000);
    touch(&ac, 1_700_000_100);
    let run = desk.grind(&["test", "--json"]).arg(aplusb()).expect(0);
    assert_eq!(run.json()["language"], "python");
    assert!(
        run.stderr.contains("note: judging aplusb.py") && run.stderr.contains("aplusb.c"),
        "{}",
        run.stderr
    );
    touch(&wa, 1_700_000_200);
    let run = desk.grind(&["test", "--json"]).arg(aplusb()).expect(1);
    assert_eq!(run.json()["language"], "c");
}

#[test]
fn streaks_across_day_boundaries() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    for day in ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-05"] {
        submit(&desk, &file, day, 0);
    }
    let on = |day: &str| {
        desk.grind(&["stats", "--json"])
            .env("GRIND_TODAY", day)
            .expect(0)
            .json()
    };
    let s = on("2026-03-05");
    assert_eq!(
        (s["streak_current"].as_u64(), s["streak_longest"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(
        on("2026-03-06")["streak_current"],
        1,
        "yesterday still counts"
    );
    assert_eq!(
        on("2026-03-07")["streak_current"],
        0,
        "a missed day breaks it"
    );
    assert_eq!(s["calendar"]["2026-03-02"], 1);
}

#[test]
fn daily_is_stable_for_a_day_and_writes_the_file() {
    let desk = Desk::new();
    let first = desk
        .grind(&["daily", "--lang", "python"])
        .env("GRIND_TODAY", "2026-04-01")
        .expect(0);
    let pick = first.stdout.lines().next().unwrap().to_string();
    assert!(pick.starts_with("daily problem for 2026-04-01: "), "{pick}");
    let id = pick
        .trim_start_matches("daily problem for 2026-04-01: ")
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert!(
        desk.work.path().join(format!("{id}.py")).is_file(),
        "solution file written"
    );
    let again = desk
        .grind(&["daily", "--lang", "python"])
        .env("GRIND_TODAY", "2026-04-01")
        .expect(0);
    assert!(again.stdout.starts_with(&pick), "same problem all day");
    assert!(again.stdout.contains("is already here"), "{}", again.stdout);
    // Another day with a fresh history picks deterministically too.
    let other = Desk::new();
    let a = other
        .grind(&["daily"])
        .env("GRIND_TODAY", "2026-04-02")
        .expect(0)
        .stdout;
    let fresh = Desk::new();
    let b = fresh
        .grind(&["daily"])
        .env("GRIND_TODAY", "2026-04-02")
        .expect(0)
        .stdout;
    assert_eq!(a.lines().next(), b.lines().next());
    // A misspelt language is refused before anything is picked or shown.
    let typo = Desk::new();
    let run = typo
        .grind(&["daily", "--lang", "pyhton"])
        .env("GRIND_TODAY", "2026-04-02")
        .expect(2);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("pyhton"), "{}", run.stderr);
    assert!(!typo.home.path().join("history.db").exists());
}

#[test]
fn daily_brings_back_a_failed_problem_first() {
    let desk = Desk::new();
    // Fail two-sum with an empty program: failed problems come before new ones.
    let file = desk.work.path().join("two-sum.py");
    std::fs::write(&file, "print(0)\n").unwrap();
    desk.grind(&["submit", "two-sum"])
        .arg(&file)
        .env("GRIND_TODAY", "2026-04-01")
        .expect(1);
    let out = desk
        .grind(&["daily"])
        .env("GRIND_TODAY", "2026-04-02")
        .expect(0)
        .stdout;
    assert!(
        out.starts_with("daily problem for 2026-04-02: two-sum"),
        "{out}"
    );
}

#[test]
fn hints_and_solutions_are_recorded() {
    let desk = Desk::new();
    let one = desk.grind(&["hint", "two-sum"]).expect(0).stdout;
    assert!(one.contains("hint 1/"), "{one}");
    let two = desk.grind(&["hint", "two-sum"]).expect(0).stdout;
    assert!(two.contains("hint 2/"), "{two}");
    let refused = desk.grind(&["solution", "two-sum"]).expect(2);
    assert!(refused.stderr.contains("--yes"), "{}", refused.stderr);
    let shown = desk
        .grind(&["solution", "two-sum", "--yes", "--lang", "python"])
        .expect(0)
        .stdout;
    assert!(shown.contains("reference solution"), "{shown}");
    let stats = desk.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(stats["hints_viewed"], 2);
    assert_eq!(stats["solutions_viewed"], 1);
    // Solved after seeing the solution: solved, but not a clean solve.
    let file = desk.work.path().join("two-sum.py");
    std::fs::copy(
        super::repo().join("problems/two-sum/solutions/accepted/main.py"),
        &file,
    )
    .unwrap();
    desk.grind(&["submit", "two-sum"]).arg(&file).expect(0);
    let stats = desk.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(stats["by_difficulty"]["easy"]["solved"], 1);
    assert_eq!(stats["clean_solves"], 0);
    let listed = desk.grind(&["list", "--status", "solved"]).expect(0).stdout;
    assert!(
        listed.contains("two-sum") && !listed.contains("meeting-rooms"),
        "{listed}"
    );
    let unsolved = desk
        .grind(&["list", "--status", "unsolved"])
        .expect(0)
        .stdout;
    assert!(
        !unsolved.contains("two-sum") && unsolved.contains("meeting-rooms"),
        "{unsolved}"
    );
}

#[test]
fn concurrent_submits_lose_nothing() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/WA.c", "aplusb.c");
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    submit(&desk, &file, "2026-03-02", 1).json()["submission"]
                        .as_i64()
                        .unwrap()
                })
            })
            .collect();
        let mut ids: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 4, "four distinct submissions");
    });
    let list = desk.grind(&["review", "--json"]).expect(0).json();
    assert_eq!(list.as_array().unwrap().len(), 4);
    for s in list.as_array().unwrap() {
        let detail = desk
            .grind(&["review", "--json"])
            .arg(s["id"].to_string())
            .expect(0)
            .json();
        assert_eq!(
            detail["failing"].as_array().unwrap().len(),
            4,
            "every failing case stored"
        );
    }
}

#[test]
fn a_killed_submit_leaves_the_history_whole() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    submit(&desk, &file, "2026-03-02", 0);
    let slow = desk.put("solutions/c/TLE_sleep.c", "slow.c");
    let cache = desk.home.path().join("cache");
    let mut child = desk
        .grind(&["submit"])
        .env("GRIND_CACHE", &cache)
        .arg(aplusb())
        .arg(&slow)
        .spawn();
    // Kill grind while it judges (the sleeping solution holds it for seconds).
    super::wait_for_file_matching(
        &cache.join("builds"),
        "c-",
        std::time::Duration::from_secs(30),
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let list = desk.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(
        list["submissions"], 1,
        "the finished submission is intact, the killed one absent"
    );
    submit(&desk, &file, "2026-03-02", 0);
}

#[test]
fn broken_databases_are_refused_and_left_untouched() {
    // Not a database at all.
    let desk = Desk::new();
    std::fs::write(desk.db(), b"this is not sqlite, it is my notes\n").unwrap();
    let run = desk.grind(&["stats"]).expect(2);
    assert!(
        run.stderr.contains("not a readable grind history") && run.stderr.contains("untouched"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(desk.db()).unwrap(),
        b"this is not sqlite, it is my notes\n"
    );
    // Someone else's SQLite database.
    let desk = Desk::new();
    {
        let c = rusqlite::Connection::open(desk.db()).unwrap();
        c.execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
            .unwrap();
    }
    let run = desk.grind(&["review"]).expect(2);
    assert!(run.stderr.contains("not a grind history"), "{}", run.stderr);
    let c = rusqlite::Connection::open(desk.db()).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM recipes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    // A history from a newer grind.
    let desk = Desk::new();
    desk.grind(&["stats"]).expect(0);
    rusqlite::Connection::open(desk.db())
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let run = desk.grind(&["stats"]).expect(2);
    assert!(run.stderr.contains("newer grind"), "{}", run.stderr);
}

/// A submission judged but refused by the database (here a trigger, standing in for a
/// full disk or a damaged file) is still shown, with why it was not recorded.
#[test]
fn a_result_that_cannot_be_recorded_is_shown_then_the_reason() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    submit(&desk, &file, "2026-03-02", 0);
    rusqlite::Connection::open(desk.db())
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON submissions \
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    let run = submit(&desk, &file, "2026-03-03", 2);
    let report = run.json();
    assert_eq!(report["summary"]["verdict"], "AC", "{report:#}");
    assert!(report["submission"].is_null(), "{report:#}");
    assert!(
        report["not_recorded"]
            .as_str()
            .is_some_and(|w| w.contains("refused by the test")),
        "{report:#}"
    );
    let run = desk.grind(&["submit"]).arg(aplusb()).arg(&file).expect(2);
    assert!(
        run.stdout.contains("AC"),
        "the verdict is shown: {}",
        run.stdout
    );
    assert!(!run.stdout.contains("recorded as"), "{}", run.stdout);
    assert!(
        run.stderr.contains("judged, but not recorded")
            && run.stderr.contains("refused by the test"),
        "{}",
        run.stderr
    );
    let stats = desk.grind(&["stats", "--json"]).expect(0).json();
    assert_eq!(stats["submissions"], 1, "{stats:#}");
}

/// While another program holds the write lock, commands that only read still work and
/// a submit says who holds the lock, before judging anything.
#[test]
fn a_held_lock_names_its_holder_and_does_not_stop_reading() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    submit(&desk, &file, "2026-03-02", 0);
    let holder = rusqlite::Connection::open(desk.db()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    for args in [
        &["stats", "--json"][..],
        &["review", "--json"],
        &["list", "--status", "solved"],
    ] {
        desk.grind(args).expect(0);
    }
    let run = desk.grind(&["submit"]).arg(aplusb()).arg(&file).expect(2);
    let me = format!("pid {}", std::process::id());
    assert!(
        run.stderr.contains("is locked by") && run.stderr.contains(&me),
        "{}",
        run.stderr
    );
    assert!(
        !run.stdout.contains("AC"),
        "nothing was judged: {}",
        run.stdout
    );
    holder.execute_batch("ROLLBACK").unwrap();
    submit(&desk, &file, "2026-03-03", 0);
}

/// A full disk under GRIND_HOME (a small tmpfs, so only when the tests run as root):
/// the error names the file system, not "disk I/O error", before anything is judged.
#[test]
fn a_full_disk_is_named() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: no tmpfs can be mounted, the full-disk case is not tried");
        return;
    }
    let mount = tempfile::tempdir().unwrap();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=2m", "tmpfs"])
        .arg(mount.path())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("no tmpfs could be mounted (a container?): the full-disk case is not tried");
        return;
    }
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(mount.path());
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    let submit = |code| {
        desk.grind(&["submit"])
            .arg(aplusb())
            .arg(&file)
            .env("GRIND_HOME", mount.path())
            .expect(code)
    };
    submit(0);
    // Fill what is left; SQLite then fails writing the next submission.
    let filler = mount.path().join("filler");
    let mut f = std::fs::File::create(&filler).unwrap();
    let chunk = vec![0u8; 64 * 1024];
    while std::io::Write::write_all(&mut f, &chunk).is_ok() {}
    drop(f);
    let run = submit(2);
    let fs = mount.path().display().to_string();
    assert!(
        run.stderr.contains(&format!("no space left on {fs}")),
        "{}",
        run.stderr
    );
    std::fs::remove_file(&filler).unwrap();
}

/// An empty history file is started over, and grind says so.
#[test]
fn an_empty_history_file_is_started_over_with_a_note() {
    let desk = Desk::new();
    std::fs::write(desk.db(), b"").unwrap();
    let run = desk.grind(&["stats"]).expect(0);
    assert!(run.stderr.contains("was empty (0 bytes)"), "{}", run.stderr);
    let run = desk.grind(&["stats"]).expect(0);
    assert!(!run.stderr.contains("was empty"), "{}", run.stderr);
}

#[test]
fn unwritable_home_and_unknown_ids() {
    let run = Grind::new(&["stats"])
        .env("GRIND_HOME", "/proc/grind-cannot-live-here")
        .expect(2);
    assert!(run.stderr.contains("GRIND_HOME"), "{}", run.stderr);
    let desk = Desk::new();
    let run = desk.grind(&["review", "42"]).expect(2);
    assert!(
        run.stderr.contains("there is no submission #42"),
        "{}",
        run.stderr
    );
    let run = desk.grind(&["review", "forty"]).expect(2);
    assert!(run.stderr.contains("not a submission id"), "{}", run.stderr);
}

/// Ctrl-C, the usual way out of `watch`: grind exits 130 and removes its scratch.
fn interrupt(mut child: std::process::Child) -> Option<i32> {
    // SAFETY: signalling our own child, not yet reaped.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    child.wait().unwrap().code()
}

#[test]
fn watch_reruns_when_the_file_is_saved() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/WA.c", "aplusb.c");
    let scratch = tempfile::tempdir().unwrap();
    let mut child = desk
        .grind(&["watch"])
        .env("TMPDIR", scratch.path())
        .arg(aplusb())
        .arg(&file)
        .spawn_piped();
    let mut lines = super::Lines::new(child.stdout.take().unwrap());
    assert!(
        lines.until("Wrong Answer", std::time::Duration::from_secs(60)),
        "first run"
    );
    assert!(lines.until("for changes", std::time::Duration::from_secs(10)));
    // Save the way editors do: write a new file and rename it over the old one.
    let tmp = desk.work.path().join(".aplusb.c.swp");
    std::fs::copy(fixture("solutions/c/AC.c"), &tmp).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    let seen = lines.until("Accepted", std::time::Duration::from_secs(60));
    assert_eq!(interrupt(child), Some(130));
    assert!(seen, "re-run after the save");
    let left: Vec<_> = std::fs::read_dir(scratch.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "Ctrl-C leaves nothing in TMPDIR: {left:?}");
}

#[test]
fn watch_can_poll() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/WA.c", "aplusb.c");
    // Saved an hour ago: the edit below moves the modification time, as a user's
    // edit does, which the poll watcher reports as metadata rather than data.
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600))
        .unwrap();
    let mut child = desk
        .grind(&["watch", "--poll"])
        .arg(aplusb())
        .arg(&file)
        .spawn_piped();
    let mut lines = super::Lines::new(child.stdout.take().unwrap());
    assert!(lines.until("polling", std::time::Duration::from_secs(60)));
    std::fs::copy(fixture("solutions/c/AC.c"), &file).unwrap();
    let seen = lines.until("Accepted", std::time::Duration::from_secs(60));
    // Stopped before asserting: a failure leaves no watcher running.
    interrupt(child);
    assert!(seen, "re-run after polling saw the change");
}

#[test]
fn an_idle_watch_judges_once() {
    let desk = Desk::new();
    let file = desk.put("solutions/c/AC.c", "aplusb.c");
    let mut child = desk
        .grind(&["watch"])
        .arg(aplusb())
        .arg(&file)
        .spawn_piped();
    let mut lines = super::Lines::new(child.stdout.take().unwrap());
    assert!(lines.until("for changes", std::time::Duration::from_secs(60)));
    // grind's own reads of the file while judging it are not saves: no second
    // judging starts (a re-judging loop shows within a second).
    assert!(
        !lines.until("for changes", std::time::Duration::from_secs(3)),
        "judged again with no edit"
    );
    interrupt(child);
}

/// A pseudo-terminal: the master side and the terminal side.
fn settings(terminal: &std::os::fd::OwnedFd) -> (libc::tcflag_t, libc::tcflag_t) {
    use std::os::fd::AsRawFd;
    // SAFETY: termios is plain data; tcgetattr fills it.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::tcgetattr(terminal.as_raw_fd(), &mut t) }, 0);
    (t.c_lflag, t.c_iflag)
}

#[test]
fn watch_leaves_the_terminal_as_it_found_it() {
    use std::io::Write;
    use std::os::fd::AsFd;
    for how in ["q", "SIGTERM"] {
        let desk = Desk::new();
        let file = desk.put("solutions/c/AC.c", "aplusb.c");
        let (mut master, terminal) = pty();
        let before = settings(&terminal);
        let mut child = desk
            .grind(&["watch"])
            .arg(aplusb())
            .arg(&file)
            .spawn_on_terminal(terminal.as_fd());
        let mut lines = super::Lines::new(master.try_clone().unwrap());
        assert!(
            lines.until("q quits", std::time::Duration::from_secs(60)),
            "{how}: watch is waiting for keys"
        );
        if how == "q" {
            master.write_all(b"q").unwrap();
        } else {
            // SAFETY: signalling our own child.
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        }
        let status = child.wait().unwrap();
        assert_eq!(
            settings(&terminal),
            before,
            "{how}: the terminal's settings changed (left raw?), exit {status:?}"
        );
    }
}
