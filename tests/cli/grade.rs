//! `grind grade`: a class of six candidates on two problems, with every verdict and
//! every kind of hand-in that cannot be graded; shards merged; reports validated
//! (JUnit against its schema, HTML in headless Chromium); resuming; the CI files.

use super::{Grind, chromium_dom, fits_window, fixture, repo};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ANA_WORDS: &str =
    "import sys\n\n# count the words\nprint(len(sys.stdin.readline().split()))\n";

/// Six candidates' folders: what each hands in, and the verdict it must get.
const CLASS: &[(&str, &str, &str)] = &[
    (
        "ana/add-two.c",
        "#include <stdio.h>\nint main(void){long a,b;if(scanf(\"%ld %ld\",&a,&b)!=2)return 1;printf(\"%ld\\n\",a+b);return 0;}\n",
        "AC",
    ),
    ("ana/count-words.py", ANA_WORDS, "AC"),
    (
        "ben/add-two.py",
        "a, b = map(int, input().split())\nprint(a - b)\n",
        "WA",
    ),
    // Spins on the one test with four words.
    (
        "ben/count-words.c",
        "#include <stdio.h>\nint main(void){int n=0,c,in=0;while((c=getchar())!=EOF){if(c==' '||c=='\\n')in=0;else if(!in){in=1;n++;}}volatile long x=0;if(n==4)for(;;)x++;printf(\"%d\\n\",n);return 0;}\n",
        "TLE",
    ),
    (
        "cai/add-two.c",
        "#include <stdlib.h>\nint main(void){abort();}\n",
        "RE",
    ),
    // Ana's program with other comments and spacing: flagged as identical.
    (
        "cai/count-words.py",
        "import sys\n# mine, honestly\nprint( len( sys.stdin.readline().split() ) )\n",
        "AC",
    ),
    ("dee/add-two.cpp", "int main( {\n", "CE"),
    (
        "dee/count-words.c",
        "#include <stdlib.h>\n#include <string.h>\nint main(void){for(int i=0;i<256;i++){char*p=malloc(1<<20);if(!p)abort();memset(p,i,1<<20);}return 0;}\n",
        "MLE",
    ),
    ("eve/add-two.rb", "puts gets.split.map(&:to_i).sum\n", "-"),
    ("fay/add-two.c", "int main(void){return 0;}\n", "-"),
    ("fay/add-two.py", "print(0)\n", "-"),
    ("fay/notes.txt", "my notes\n", "-"),
];

/// Why each pair that cannot be graded is not.
const NOT_GRADED: &[(&str, &str)] = &[
    ("eve/add-two", "cannot tell the language of"),
    (
        "eve/count-words",
        "eve handed in no solution for count-words",
    ),
    (
        "fay/add-two",
        "2 solutions for add-two: fay/add-two.c, fay/add-two.py; keep one",
    ),
    (
        "fay/count-words",
        "fay/count-words.py is a symbolic link to nothing",
    ),
    (
        "fay/notes",
        "fay/notes.txt names no problem of this grading",
    ),
];

struct Class {
    dir: tempfile::TempDir,
}

impl Class {
    fn new() -> Class {
        let dir = tempfile::tempdir().unwrap();
        for (path, text, _) in CLASS {
            let path = dir.path().join("class").join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        // A link to nothing: a file that cannot be read.
        std::os::unix::fs::symlink(
            "/nonexistent/count-words.py",
            dir.path().join("class/fay/count-words.py"),
        )
        .unwrap();
        Class { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `grind grade` of the class on both problems, into `out`.
    fn grade(&self, out: &str, args: &[&str]) -> Grind {
        Grind::new(&["grade"])
            .arg(self.path("class"))
            .arg("--problems")
            .arg(problems())
            .arg("--out")
            .arg(self.path(out))
            .args(args)
    }
}

fn problems() -> String {
    format!(
        "{},{}",
        fixture("grade/problems/add-two").display(),
        fixture("grade/problems/count-words").display()
    )
}

fn records(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("results.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Per pair: the verdict, or "not graded: why".
fn verdicts(out: &Path) -> BTreeMap<String, String> {
    records(out)
        .iter()
        .map(|r| {
            let key = format!(
                "{}/{}",
                r["candidate"].as_str().unwrap(),
                r["problem"].as_str().unwrap()
            );
            let verdict = match r["error"].as_str() {
                Some(e) => format!("not graded: {e}"),
                None => r["summary"]["verdict"].as_str().unwrap().to_string(),
            };
            (key, verdict)
        })
        .collect()
}

/// What must be the same however the grading was split: everything but the figures
/// measured while running (times, memory, cache hits).
fn without_figures(mut v: Value) -> Value {
    if let Value::Object(map) = &mut v {
        for k in [
            "cpu_ms",
            "wall_ms",
            "memory_kib",
            "cpu_ms_max",
            "memory_kib_max",
            "cached",
        ] {
            map.remove(k);
        }
        for value in map.values_mut() {
            *value = without_figures(value.take());
        }
    } else if let Value::Array(items) = &mut v {
        for item in items {
            *item = without_figures(item.take());
        }
    }
    v
}

#[test]
fn a_class_is_graded_and_three_shards_merge_to_the_same_reports() {
    let class = Class::new();
    let run = class.grade("full", &[]).expect(2);
    let full = class.path("full");
    let got = verdicts(&full);
    for (path, _, verdict) in CLASS.iter().filter(|c| c.2 != "-") {
        let key = path.split('.').next().unwrap();
        assert_eq!(got[key], *verdict, "{key}: {got:#?}");
    }
    for (key, why) in NOT_GRADED {
        assert!(got[*key].contains(why), "{key}: {}", got[*key]);
    }
    assert_eq!(got.len(), 13, "{got:#?}");
    assert!(
        run.stderr.contains("5 pair(s) could not be graded"),
        "{}",
        run.stderr
    );
    // The leaderboard: ana first with both problems, ties share a rank.
    let table: Vec<&str> = run.stdout.lines().collect();
    assert!(
        table[1].contains("1  ana") && table[1].ends_with("200"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("13 pairs: 3 accepted, 5 not accepted, 5 not graded"),
        "{}",
        run.stdout
    );
    // Partial credit, and hidden tests keep their content without --reveal.
    let ben = records(&full)
        .into_iter()
        .find(|r| r["candidate"] == "ben" && r["problem"] == "add-two")
        .unwrap();
    assert_eq!(ben["summary"]["passed"], 1, "{ben:#}");
    assert_eq!(ben["summary"]["total"], 4);
    for t in ben["tests"].as_array().unwrap() {
        let detail = t["detail"].as_str().unwrap();
        if t["sample"] == true {
            assert!(detail.contains("expected \"5\""), "{detail}");
        } else if t["verdict"] == "WA" {
            assert!(
                !detail.contains("expected"),
                "a hidden test's content: {detail}"
            );
        }
    }
    let csv = std::fs::read_to_string(full.join("results.csv")).unwrap();
    assert!(csv.contains("cai,count-words,AC,100,4,4,"), "{csv}");
    assert!(
        csv.lines()
            .any(|l| l.starts_with("cai,count-words,") && l.contains(",ana,")),
        "identical: {csv}"
    );
    assert!(
        csv.lines().any(|l| l.starts_with("ben,add-two,WA,25,1,4,")),
        "{csv}"
    );

    // Three shards, each its own process and folder, share the pairs out.
    let mut planned = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let run = class
            .grade(&format!("shard{k}"), &["--shard", &shard])
            .run();
        assert!([1, 2].contains(&run.code), "{}", run.stderr);
        let meta: Value = serde_json::from_str(
            &std::fs::read_to_string(class.path(&format!("shard{k}/grade.json"))).unwrap(),
        )
        .unwrap();
        let mine = meta["planned"].as_array().unwrap().clone();
        assert!((4..=5).contains(&mine.len()), "balanced: {mine:?}");
        planned.extend(mine);
    }
    planned.sort_by_key(|p| p.to_string());
    planned.dedup();
    assert_eq!(planned.len(), 13, "every pair in exactly one shard");
    let merged = class.path("merged");
    Grind::new(&["grade", "merge"])
        .arg(class.path("shard1"))
        .arg(class.path("shard2"))
        .arg(class.path("shard3"))
        .arg("--out")
        .arg(&merged)
        .expect(2);
    let read = |dir: &Path, name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    assert_eq!(read(&merged, "grade.json"), read(&full, "grade.json"));
    let same =
        |dir: &Path| -> Vec<Value> { records(dir).into_iter().map(without_figures).collect() };
    assert_eq!(same(&merged), same(&full));
    let times = regex::Regex::new(r#"time="[0-9.]+""#).unwrap();
    assert_eq!(
        times.replace_all(&read(&merged, "junit.xml"), ""),
        times.replace_all(&read(&full, "junit.xml"), "")
    );

    // The JUnit report is valid against the format's schema.
    let xmllint = std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(fixture("grade/junit.xsd"))
        .arg(merged.join("junit.xml"))
        .output()
        .expect("xmllint is installed (.ci/run installs libxml2-utils)");
    assert!(
        xmllint.status.success(),
        "{}",
        String::from_utf8_lossy(&xmllint.stderr)
    );
    let junit = read(&merged, "junit.xml");
    assert!(
        junit.contains(r#"<testsuites name="grind grade" tests="13" failures="5" errors="5""#),
        "{junit}"
    );
    assert!(
        junit.contains(r#"<failure message="TLE on test 2-spaces (3 of 4 passed)" type="TLE">"#),
        "{junit}"
    );

    // The leaderboard page, in a real browser.
    let page = merged.join("report.html");
    let html = read(&merged, "report.html");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
    assert!(!html.contains("<script"), "no scripts");
    let dom = chromium_dom(&page, class.dir.path(), 1280);
    assert_eq!(dom.matches("<tr class=\"candidate\">").count(), 6, "{dom}");
    assert_eq!(dom.matches("<tr class=\"problem\">").count(), 2, "{dom}");
    assert_eq!(dom.matches("<li class=\"ungraded\">").count(), 5, "{dom}");
    assert!(
        dom.contains("<li class=\"copy\">count-words — ana: the same program as cai</li>"),
        "{dom}"
    );
    let board = &dom[dom.find("id=\"leaderboard\"").unwrap()..dom.find("id=\"problems\"").unwrap()];
    assert!(
        board.find(">ana<").unwrap() < board.find(">ben<").unwrap(),
        "{board}"
    );
    let rates = &dom[dom.find("id=\"problems\"").unwrap()..];
    assert!(
        rates.contains(
            "<td>count-words</td><td class=\"num\">2 of 4</td><td class=\"num\">50%</td>"
        ),
        "{rates}"
    );
    for width in [1280, 390] {
        assert!(
            fits_window(&html, class.dir.path(), width),
            "overflows at {width} px"
        );
    }
}

#[test]
fn a_killed_grading_resumes_and_a_changed_file_is_graded_again() {
    let class = Class::new();
    let out = class.path("out");
    let mut child = class.grade("out", &["-j1"]).spawn();
    // Kill it once a first pair has been judged (or when it ends on its own).
    let results = out.join("results.jsonl");
    loop {
        let judged = std::fs::read_to_string(&results).is_ok_and(|t| t.contains("\"summary\""));
        if judged || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let before: Vec<String> = std::fs::read_to_string(&results)
        .unwrap()
        .lines()
        .filter(|l| l.contains("\"summary\""))
        .map(String::from)
        .collect();
    // A write cut short by the kill.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&results)
        .unwrap();
    std::io::Write::write_all(&mut file, br#"{"candidate":"ana","prob"#).unwrap();
    drop(file);
    let run = class.grade("out", &[]).expect(2);
    assert!(
        run.stderr
            .contains(&format!("{} pair(s) already graded", before.len())),
        "{}",
        run.stderr
    );
    let after = std::fs::read_to_string(&results).unwrap();
    for line in &before {
        assert!(
            after.lines().any(|l| l == line),
            "a kept record is kept as it was: {line}"
        );
    }
    assert_eq!(verdicts(&out).len(), 13, "each pair once: {after}");
    assert_eq!(records(&out).len(), 13);

    // Ben fixes his solution: only that pair is judged again.
    std::fs::write(
        class.path("class/ben/add-two.py"),
        "a, b = map(int, input().split())\nprint(a + b)\n",
    )
    .unwrap();
    let run = class.grade("out", &[]).expect(2);
    assert!(
        run.stderr.contains("7 pair(s) already graded"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("grading the other 1"), "{}", run.stderr);
    assert_eq!(verdicts(&out)["ben/add-two"], "AC");
}

#[test]
fn manifests_and_reveal() {
    let class = Class::new();
    std::fs::write(
        class.path("manifest.csv"),
        "candidate,file,problem\nana,class/ana/add-two.c,add-two\n\"ben, jr\",class/ben/add-two.py,add-two\n",
    )
    .unwrap();
    let run = Grind::new(&["grade"])
        .arg(class.path("manifest.csv"))
        .arg("--problems")
        .arg(fixture("grade/problems/add-two"))
        .arg("--out")
        .arg(class.path("csv"))
        .arg("--reveal")
        .expect(1);
    assert!(
        run.stdout.contains("2 pairs: 1 accepted, 1 not accepted"),
        "{}",
        run.stdout
    );
    let got = verdicts(&class.path("csv"));
    assert_eq!(got["ana/add-two"], "AC");
    assert_eq!(got["ben, jr/add-two"], "WA");
    // --reveal keeps what a hidden test expected.
    let ben = records(&class.path("csv"))
        .into_iter()
        .find(|r| r["candidate"] == "ben, jr")
        .unwrap();
    let hidden = ben["tests"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["sample"] == false && t["verdict"] == "WA")
        .unwrap();
    assert!(
        hidden["detail"]
            .as_str()
            .unwrap()
            .contains("expected \"6\""),
        "{hidden:#}"
    );
    let csv = std::fs::read_to_string(class.path("csv/results.csv")).unwrap();
    assert!(csv.contains("\n\"ben, jr\",add-two,WA,"), "{csv}");

    std::fs::write(
        class.path("manifest.json"),
        r#"{"ana": {"add-two": "class/ana/add-two.c"}, "cai": {"count-words": "class/cai/count-words.py"}}"#,
    )
    .unwrap();
    let run = Grind::new(&["grade"])
        .arg(class.path("manifest.json"))
        .arg("--out")
        .arg(class.path("json"))
        .env("GRIND_PROBLEMS", fixture("grade/problems"))
        .expect(2);
    // Without --problems: the problems files name; each candidate misses one.
    let got = verdicts(&class.path("json"));
    assert_eq!(got["ana/add-two"], "AC");
    assert_eq!(got["cai/count-words"], "AC");
    assert!(
        got["ana/count-words"].contains("ana handed in no solution"),
        "{got:?}"
    );
    assert!(
        run.stdout.contains("not graded cai/add-two"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_input_is_named_and_loses_nothing() {
    let class = Class::new();
    let grade = |args: &[&str]| Grind::new(&["grade"]).args(args);
    let shard = grade(&["x", "--shard", "3/2"]).expect(2);
    assert!(
        shard.stderr.contains("shard 3 of 2 does not exist"),
        "{}",
        shard.stderr
    );
    let missing = grade(&[]).arg(class.path("nowhere")).expect(2);
    assert!(
        missing
            .stderr
            .contains("is neither a folder of candidates nor a manifest"),
        "{}",
        missing.stderr
    );
    std::fs::write(class.path("bad.json"), "{\"ana\": {\"add-two\": 3}}\n").unwrap();
    let json = grade(&[]).arg(class.path("bad.json")).expect(2);
    assert!(json.stderr.contains("bad.json:1:"), "{}", json.stderr);
    std::fs::write(class.path("bad.csv"), "candidate,file\nana,a.py\n").unwrap();
    let csv = grade(&[]).arg(class.path("bad.csv")).expect(2);
    assert!(
        csv.stderr.contains("no `problem` column") && csv.stderr.contains("bad.csv:1:1"),
        "{}",
        csv.stderr
    );

    // An --out holding something else is left alone.
    std::fs::create_dir(class.path("mine")).unwrap();
    std::fs::write(class.path("mine/thesis.txt"), "precious").unwrap();
    let run = class.grade("mine", &[]).expect(2);
    assert!(
        run.stderr.contains("is not empty and holds no grading"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(class.path("mine/thesis.txt")).unwrap(),
        "precious"
    );

    // Two shards of a small grading (ana's folder only).
    std::fs::create_dir_all(class.path("one")).unwrap();
    std::fs::rename(class.path("class/ana"), class.path("one/ana")).unwrap();
    let shard = |k: &str, out: &str| {
        Grind::new(&["grade"])
            .arg(class.path("one"))
            .args(&["--problems", &problems(), "--shard", k, "--out"])
            .arg(class.path(out))
            .expect(0)
    };
    shard("1/2", "a");
    let merge = |dirs: &[&str]| {
        let mut g = Grind::new(&["grade", "merge", "--out"]).arg(class.path("m"));
        for d in dirs {
            g = g.arg(class.path(d));
        }
        g
    };
    let run = merge(&["a"]).expect(2);
    assert!(
        run.stderr.contains("shard 2/2 is missing"),
        "{}",
        run.stderr
    );
    let run = merge(&["a", "a"]).expect(2);
    assert!(run.stderr.contains("both hold shard 1/2"), "{}", run.stderr);
    shard("2/2", "b");
    // A shard cut short: its record is missing.
    let results = class.path("b/results.jsonl");
    std::fs::write(&results, "").unwrap();
    let run = merge(&["a", "b"]).expect(2);
    assert!(
        run.stderr.contains("shard 2/2 did not finish"),
        "{}",
        run.stderr
    );
    shard("2/2", "b");
    let run = Grind::new(&["grade", "merge", "--out"])
        .arg(class.path("mine"))
        .arg(class.path("a"))
        .arg(class.path("b"))
        .expect(2);
    assert!(
        run.stderr.contains("is not empty and holds no grading"),
        "{}",
        run.stderr
    );
    merge(&["a", "b"]).expect(0);
    // Another grading in the same folder: refused unless --restart.
    let run = class.grade("a", &[]).expect(2);
    assert!(
        run.stderr
            .contains("holds the results of another grading (shard 1/2)"),
        "{}",
        run.stderr
    );
    class.grade("a", &["--restart"]).expect(2);
    assert_eq!(verdicts(&class.path("a")).len(), 11);
}

/// The CI definitions in contrib/ shard the grading the way grind expects.
#[test]
fn the_ci_definitions_shard_and_merge() {
    let path = repo().join("contrib/github-actions/grade.yml");
    // The workflow schema's own validator, when installed (.ci/run installs it).
    if let Ok(out) = std::process::Command::new("action-validator")
        .arg(&path)
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let workflow: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let shards = workflow["env"]["SHARDS"].as_u64().unwrap();
    let matrix: Vec<u64> = workflow["jobs"]["grade"]["strategy"]["matrix"]["shard"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(matrix, (1..=shards).collect::<Vec<_>>());
    let runs = |job: &str| -> String {
        workflow["jobs"][job]["steps"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(|s| s["run"].as_str())
            .collect()
    };
    assert!(
        runs("grade").contains("--shard \"${{ matrix.shard }}/$SHARDS\""),
        "{}",
        runs("grade")
    );
    assert_eq!(workflow["jobs"]["merge"]["needs"].as_str(), Some("grade"));
    assert!(
        runs("merge").contains("grade merge shards/shard-*"),
        "{}",
        runs("merge")
    );

    let job: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo().join("contrib/kubernetes/grade-job.yaml")).unwrap(),
    )
    .unwrap();
    assert_eq!(job["kind"].as_str(), Some("Job"));
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"].as_str(), Some("Indexed"));
    let n = spec["completions"].as_u64().unwrap();
    assert_eq!(spec["parallelism"].as_u64(), Some(n));
    let script = spec["template"]["spec"]["containers"][0]["args"][0]
        .as_str()
        .unwrap();
    assert!(script.contains("$((JOB_COMPLETION_INDEX + 1))"), "{script}");
    assert!(
        script.contains(&format!("--shard \"$shard/{n}\"")),
        "{script}"
    );
    let merge: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo().join("contrib/kubernetes/grade-merge-job.yaml")).unwrap(),
    )
    .unwrap();
    let script = merge["spec"]["template"]["spec"]["containers"][0]["args"][0]
        .as_str()
        .unwrap();
    assert!(
        script.contains("grade merge /work/results/shard-*"),
        "{script}"
    );
}
