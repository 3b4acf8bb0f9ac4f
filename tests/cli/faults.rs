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
