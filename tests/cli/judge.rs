//! Judging real programs: every verdict in every language, the figures behind them,
//! the compile cache, and memory measured for the solution alone.

use super::{Grind, fixture, problem};
use serde_json::Value;

/// Judges every fixture of a language on the A+B problem and checks that each gets the
/// verdict its file name announces (AC.c, TLE_sleep.c, …).
fn verdicts_of(lang: &str) {
    let dir = fixture(&format!("solutions/{lang}"));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert!(files.len() >= 7, "fixtures for {lang}");
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let expected = name.split(['.', '_']).next().unwrap().to_string();
        let code = if expected == "AC" { 0 } else { 1 };
        let run = Grind::new(&["test", "--all", "-j1", "--json"])
            .arg(fixture("aplusb"))
            .arg(&file)
            .expect(code);
        let report = run.json();
        let summary = &report["summary"];
        assert_eq!(summary["verdict"], expected.as_str(), "{name}: {report:#}");
        let failing = report["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["verdict"] != "AC");
        match expected.as_str() {
            "AC" => assert_eq!(summary["passed"], summary["total"], "{name}"),
            // Positive signals: the limit really was reached, not a crash misread.
            "TLE" => {
                let t = failing.unwrap();
                let limit = if lang == "python" {
                    3000
                } else if lang == "java" || lang == "js" {
                    2000
                } else {
                    1000
                };
                if name.contains("sleep") {
                    assert!(t["detail"].as_str().unwrap().contains("wall clock"), "{t}");
                    assert!(t["cpu_ms"].as_u64().unwrap() < 100, "{t}");
                } else {
                    assert!(t["detail"].as_str().unwrap().contains("CPU time"), "{t}");
                    assert!(t["cpu_ms"].as_u64().unwrap() >= limit, "{t}");
                    assert!(t["cpu_ms"].as_u64().unwrap() < limit + 500, "{t}");
                }
            }
            "MLE" => {
                let t = failing.unwrap();
                assert!(
                    t["memory_kib"].as_u64().unwrap() > 128 * 1024,
                    "{name}: {t}"
                );
            }
            "RE" => {
                let t = failing.unwrap();
                let detail = t["detail"].as_str().unwrap();
                assert!(
                    detail.starts_with("killed by SIG") || detail.starts_with("exit code"),
                    "{name}: {detail}"
                );
            }
            "CE" => {
                assert_eq!(report["compile"]["ok"], false);
                assert!(
                    !report["compile"]["message"].as_str().unwrap().is_empty(),
                    "{name}: compiler message shown"
                );
                assert_eq!(report["tests"].as_array().unwrap().len(), 0);
            }
            _ => {}
        }
    }
}

#[test]
fn verdicts_c() {
    verdicts_of("c");
}

#[test]
fn verdicts_cpp() {
    verdicts_of("cpp");
}

#[test]
fn verdicts_rust() {
    verdicts_of("rust");
}

#[test]
fn verdicts_go() {
    verdicts_of("go");
}

#[test]
fn verdicts_java() {
    verdicts_of("java");
}

/// A Java file's main class, whatever it is called and whether or not it is public,
/// and whatever its comments say.
#[test]
fn a_java_main_class_is_found_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let code = std::fs::read_to_string(fixture("solutions/java/AC.java")).unwrap();
    for (name, code) in [
        (
            "plain.java",
            code.replace("public class Main", "class Solver"),
        ),
        (
            "commented.java",
            format!(
                "// each public class names its file\n{}",
                code.replace("class Main", "class Adder")
            ),
        ),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, &code).unwrap();
        let run = Grind::new(&["test", "--all"])
            .arg(fixture("aplusb"))
            .arg(&file)
            .run();
        assert_eq!(run.code, 0, "{name}:\n{}{}", run.stdout, run.stderr);
    }
}

#[test]
fn verdicts_python() {
    verdicts_of("python");
}

#[test]
fn verdicts_javascript() {
    verdicts_of("js");
}

#[test]
fn runtime_errors_name_the_signal_and_show_stderr() {
    let run = Grind::new(&["test", "--json"])
        .arg(fixture("aplusb"))
        .arg(fixture("solutions/cpp/RE_divzero.cpp"))
        .expect(1);
    let t = &run.json()["tests"][0];
    assert_eq!(t["signal"], "SIGFPE");
    assert_eq!(t["detail"], "killed by SIGFPE");
    let run = Grind::new(&["test", "--json"])
        .arg(fixture("aplusb"))
        .arg(fixture("solutions/python/RE.py"))
        .expect(1);
    let t = &run.json()["tests"][0];
    assert_eq!(t["exit_code"], 1);
    assert_eq!(t["detail"], "exit code 1: ValueError: boom");
    let run = Grind::new(&["test"])
        .arg(fixture("aplusb"))
        .arg(fixture("solutions/python/RE.py"))
        .expect(1);
    assert!(
        run.stdout.contains("File \"RE.py\", line 2"),
        "tracebacks point at the user's file: {}",
        run.stdout
    );
}

#[test]
fn compile_cache_is_hit_on_the_second_run_and_missed_after_an_edit() {
    let cache = tempfile::tempdir().unwrap();
    let src_dir = tempfile::tempdir().unwrap();
    let src = src_dir.path().join("sol.c");
    std::fs::copy(fixture("solutions/c/AC.c"), &src).unwrap();
    let judge = || {
        Grind::new(&["test", "--json"])
            .env("GRIND_CACHE", cache.path())
            .arg(fixture("aplusb"))
            .arg(&src)
            .expect(0)
            .json()
    };
    assert_eq!(judge()["compile"]["cached"], false);
    assert_eq!(judge()["compile"]["cached"], true);
    let code = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&src, format!("{code}\n// edited\n")).unwrap();
    assert_eq!(judge()["compile"]["cached"], false);
    // A cached binary damaged on disk (cut short, or one byte changed) is built again,
    // never run: the verdict stays AC.
    // The build of the edited file: the latest stored.
    let binary = || {
        std::fs::read_dir(cache.path().join("builds"))
            .unwrap()
            .flatten()
            .max_by_key(|e| {
                e.path()
                    .join(".complete")
                    .metadata()
                    .unwrap()
                    .modified()
                    .unwrap()
            })
            .unwrap()
            .path()
            .join("main")
    };
    for damage in ["truncate", "flip"] {
        let main = binary();
        let mut bytes = std::fs::read(&main).unwrap();
        if damage == "truncate" {
            bytes.truncate(bytes.len() / 2);
        } else {
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0xff;
        }
        std::fs::write(&main, bytes).unwrap();
        let report = judge();
        assert_eq!(report["compile"]["cached"], false, "{damage}: {report:#}");
        assert_eq!(report["summary"]["verdict"], "AC", "{damage}: {report:#}");
        assert_eq!(judge()["compile"]["cached"], true, "{damage}");
    }
}

/// grind holds a 200 MB output of the first test in memory while the second runs: the
/// second, tiny run must still report its own few MiB, not grind's memory.
#[test]
fn memory_figure_excludes_grinds_own_memory() {
    let p = problem(
        "title: Big then small\ndifficulty: easy\nlimits: {time: 5s, memory: 512MiB, output: 400MiB}\ntests: [{dir: tests}]\n",
        &[
            ("tests/1-big.in", "big\n"),
            ("tests/1-big.ans", "x\n"),
            ("tests/2-small.in", "small\n"),
            ("tests/2-small.ans", "1\n"),
        ],
    );
    let src = r#"
#include <stdio.h>
#include <string.h>
int main(void) {
    char word[16];
    if (scanf("%15s", word) != 1) return 1;
    if (strcmp(word, "big") == 0) {
        static char line[1 << 20];
        memset(line, 'y', sizeof line - 1);
        for (int i = 0; i < 200; i++) fputs(line, stdout);
    } else {
        puts("1");
    }
    return 0;
}
"#;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bigsmall.c");
    std::fs::write(&file, src).unwrap();
    let run = Grind::new(&["test", "--all", "--keep-going", "-j1", "--json"])
        .arg(p.path())
        .arg(&file)
        .expect(1);
    let report = run.json();
    let tests = report["tests"].as_array().unwrap();
    let small = tests.iter().find(|t| t["name"] == "2-small").unwrap();
    assert_eq!(small["verdict"], "AC");
    let kib = small["memory_kib"].as_u64().unwrap();
    assert!(kib < 8 * 1024, "the small run reports {kib} KiB");
    let big = tests.iter().find(|t| t["name"] == "1-big").unwrap();
    assert_eq!(
        big["verdict"], "WA",
        "the big run printed 200 MB and was read whole"
    );
}

#[test]
fn parallel_runs_keep_per_test_cpu_figures() {
    // Four CPU-bound tests at once on every core: each still reports its own CPU time.
    let p = problem(
        "title: Spin\ndifficulty: easy\nlimits: {time: 1s}\ntests: [{dir: tests}]\n",
        &[
            ("tests/a.in", "300\n"),
            ("tests/a.ans", "done\n"),
            ("tests/b.in", "300\n"),
            ("tests/b.ans", "done\n"),
            ("tests/c.in", "300\n"),
            ("tests/c.ans", "done\n"),
            ("tests/d.in", "300\n"),
            ("tests/d.ans", "done\n"),
        ],
    );
    let src = "#include <stdio.h>\n#include <time.h>\nint main(void){int ms;scanf(\"%d\",&ms);clock_t end=clock()+ms*(CLOCKS_PER_SEC/1000);volatile long x=0;while(clock()<end)x++;puts(\"done\");return 0;}\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("spin.c");
    std::fs::write(&file, src).unwrap();
    let run = Grind::new(&["test", "--all", "--json", "-j4"])
        .arg(p.path())
        .arg(&file)
        .expect(0);
    for t in run.json()["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["sample"] == false)
    {
        let cpu = t["cpu_ms"].as_u64().unwrap();
        assert!((290..400).contains(&cpu), "{t}");
    }
}

#[test]
fn run_command_uses_piped_stdin_and_judges_with_expect() {
    let run = Grind::new(&["run"])
        .arg(fixture("solutions/python/AC.py"))
        .stdin(b"1\n20 22\n")
        .expect(0);
    assert!(run.stdout.starts_with("42\n"), "{}", run.stdout);
    let dir = tempfile::tempdir().unwrap();
    let (input, answer) = (dir.path().join("in.txt"), dir.path().join("ans.txt"));
    std::fs::write(&input, "1\n2 2\n").unwrap();
    std::fs::write(&answer, "5\n").unwrap();
    let run = Grind::new(&["run", "--json"])
        .arg(fixture("solutions/c/AC.c"))
        .arg("--input")
        .arg(&input)
        .arg("--expect")
        .arg(&answer)
        .expect(1);
    let report: Value = run.json();
    assert_eq!(report["summary"]["verdict"], "WA");
    std::fs::write(&answer, "4\r\n").unwrap();
    Grind::new(&["run"])
        .arg(fixture("solutions/c/AC.c"))
        .arg("-i")
        .arg(&input)
        .arg("-e")
        .arg(&answer)
        .expect(0);
    // --strict compares bytes: the CR now matters.
    Grind::new(&["run", "--strict"])
        .arg(fixture("solutions/c/AC.c"))
        .arg("-i")
        .arg(&input)
        .arg("-e")
        .arg(&answer)
        .expect(1);
}

#[test]
fn run_limits_come_from_flags() {
    let run = Grind::new(&["run", "--json", "--time-limit", "300ms"])
        .arg(fixture("solutions/c/TLE.c"))
        .expect(1);
    let t = &run.json()["tests"][0];
    assert_eq!(t["verdict"], "TLE");
    let cpu = t["cpu_ms"].as_u64().unwrap();
    assert!((300..600).contains(&cpu), "{t}");
}

#[test]
fn new_writes_template_and_own_tests_that_test_runs() {
    let first = Grind::new(&["new", "two-sum", "--lang", "python"]).expect(0);
    let home = first.home.path().to_path_buf();
    let code = std::fs::read_to_string(home.join("two-sum.py")).unwrap();
    assert!(code.contains("Two Sum"), "{code}");
    let tests = std::fs::read_to_string(home.join("two-sum.tests.yaml")).unwrap();
    assert!(tests.contains("mine-1"), "{tests}");
    // Refuses to overwrite.
    let run = Grind::new(&["new", "two-sum", "--lang", "python"])
        .dir(&home)
        .expect(2);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
    // The template reads input but prints nothing: WA on the first sample, found by
    // the default file lookup (two-sum.py in the current folder).
    let run = Grind::new(&["test", "two-sum", "--json", "--keep-going"])
        .dir(&home)
        .expect(1);
    let report = run.json();
    let names: Vec<&str> = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"sample-1") && names.contains(&"mine-1"),
        "{names:?}"
    );
}
