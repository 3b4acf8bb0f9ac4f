//! Faults around a judging: grind killed in the middle, and what it leaves behind.

use super::{Grind, fixture, wait_for_file_matching};
use std::path::Path;
use std::time::Duration;

fn scratch_folders(tmp: &Path) -> Vec<String> {
    std::fs::read_dir(tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("grind-scratch-"))
        .collect()
}

#[test]
fn a_killed_grinds_temporary_files_are_removed_by_the_next_one() {
    let tmp = tempfile::tempdir().unwrap();
    // A test that sleeps until its wall limit: grind is killed while it runs.
    let mut judging = Grind::new(&["run", "--time-limit", "1s"])
        .arg(fixture("solutions/c/TLE_sleep.c"))
        .env("TMPDIR", tmp.path())
        .spawn();
    wait_for_file_matching(tmp.path(), "grind-scratch-", Duration::from_secs(60));
    // A grind that runs meanwhile leaves the running one's folder alone.
    Grind::new(&["list"]).env("TMPDIR", tmp.path()).expect(0);
    assert_eq!(scratch_folders(tmp.path()).len(), 1, "in use, so kept");
    judging.kill().unwrap();
    judging.wait().unwrap();
    assert_eq!(
        scratch_folders(tmp.path()).len(),
        1,
        "left by the killed grind"
    );
    // A folder the solution made read-only does not stop the removal.
    let left = tmp.path().join(&scratch_folders(tmp.path())[0]);
    let locked = left.join("grind-x/run-y");
    std::fs::create_dir_all(&locked).unwrap();
    std::fs::write(locked.join("f"), "x").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
    Grind::new(&["list"]).env("TMPDIR", tmp.path()).expect(0);
    assert!(
        scratch_folders(tmp.path()).is_empty(),
        "the next grind removed it"
    );
    // A normal run leaves nothing.
    let input = tmp.path().join("in");
    std::fs::write(&input, "1\n1 2\n").unwrap();
    Grind::new(&["run"])
        .arg(fixture("solutions/c/AC.c"))
        .arg("--input")
        .arg(&input)
        .env("TMPDIR", tmp.path())
        .expect(0);
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n != "in")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// What killed grinds left in the cache's tmp (a half-copied build of a dead process,
/// an old build folder) is removed when the next build is stored.
#[test]
fn a_killed_compiles_leftovers_in_the_cache_are_removed() {
    let cache = tempfile::tempdir().unwrap();
    let tmp = cache.path().join("tmp");
    let staging = tmp.join("c-0123.999999999");
    let old = tmp.join("build-AbCdEf");
    for dir in [&staging, &old] {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("main"), "half").unwrap();
    }
    let hours_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 3600);
    std::fs::File::open(&old)
        .unwrap()
        .set_modified(hours_ago)
        .unwrap();
    let input = cache.path().join("in");
    std::fs::write(&input, "1\n1 2\n").unwrap();
    Grind::new(&["run"])
        .arg(fixture("solutions/c/AC.c"))
        .arg("--input")
        .arg(&input)
        .env("GRIND_CACHE", cache.path())
        .expect(0);
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_damaged_cached_generated_test_is_made_again() {
    let p = super::problem(
        "title: Double\ndifficulty: easy\nsamples:\n  - input: \"2\\n\"\n    output: \"4\\n\"\ntests: [{generate: {program: gen.py, seeds: [1, 2]}}]\n",
        &[
            ("gen.py", "import sys\nprint(int(sys.argv[1]) * 1000)\n"),
            ("solutions/accepted/good.py", "print(2*int(input()))\n"),
        ],
    );
    let cache = tempfile::tempdir().unwrap();
    let file = p.path().join("solutions/accepted/good.py");
    let submit = || {
        let run = Grind::new(&["test", "--all", "--json"])
            .arg(p.path())
            .arg(&file)
            .env("GRIND_CACHE", cache.path())
            .expect(0);
        run.json()["summary"]["passed"].as_u64().unwrap()
    };
    assert_eq!(submit(), 3);
    let generated: Vec<_> = walk(cache.path())
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "ans" || e == "in"))
        .collect();
    assert_eq!(generated.len(), 4, "{generated:?}");
    // Emptied answers (a full disk, a crash while writing), then a removed input.
    for f in generated.iter().filter(|f| f.extension().unwrap() == "ans") {
        std::fs::write(f, "").unwrap();
    }
    assert_eq!(submit(), 3, "the emptied answers were made again");
    std::fs::remove_file(&generated[0]).unwrap();
    assert_eq!(submit(), 3, "the removed file was made again");
}

/// A build removed from the cache while its tests run is grind's failure: the tests
/// after it are IE (not RE, though the interpreter found no script), and the
/// submission is shown but not recorded.
#[test]
fn a_build_removed_during_a_submit_is_not_recorded_as_the_users_failure() {
    let mut files = vec![(
        "solutions/accepted/good.py".to_string(),
        "n = int(input())\ns = 0\nfor i in range(2_000_000):\n    s += i\nprint(2 * n)\n"
            .to_string(),
    )];
    for i in 0..30 {
        files.push((format!("tests/t{i:02}.in"), format!("{i}\n")));
        files.push((format!("tests/t{i:02}.ans"), format!("{}\n", 2 * i)));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let p = super::problem(
        "title: Double\ndifficulty: easy\nsamples:\n  - input: \"2\\n\"\n    output: \"4\\n\"\ntests: [{dir: tests}]\n",
        &refs,
    );
    let (home, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let child = Grind::new(&["submit", "--json", "-j", "1"])
        .arg(p.path())
        .arg(p.path().join("solutions/accepted/good.py"))
        .env("GRIND_HOME", home.path())
        .env("GRIND_CACHE", cache.path())
        .spawn_captured();
    let builds = cache.path().join("builds");
    super::wait_for_file_matching(&builds, "python", std::time::Duration::from_secs(60));
    for entry in std::fs::read_dir(&builds).unwrap().flatten() {
        std::fs::remove_dir_all(entry.path()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<&str> = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["verdict"].as_str().unwrap())
        .collect();
    assert!(
        verdicts.contains(&"IE") && !verdicts.contains(&"RE"),
        "{verdicts:?}"
    );
    assert!(
        stderr.contains("not recorded") && stderr.contains("removed or changed during judging"),
        "{stderr}"
    );
    let stats = Grind::new(&["stats", "--json"])
        .env("GRIND_HOME", home.path())
        .expect(0)
        .json();
    assert_eq!(stats["submissions"], 0, "{stats:#}");
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
