//! Verdicts on a busy machine: other programs keep every CPU busy while grind judges,
//! each hog in a session of its own (as independent programs are, so Linux's autogroup
//! scheduling does not lump them together), and the verdicts are the ones of a quiet
//! machine: a CPU-bound program is judged on its CPU time, a sleeping one on the wall
//! clock, and the detail says which.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// CPU hogs, killed when dropped.
struct Hogs(Vec<Child>);

impl Hogs {
    /// Twelve per CPU: enough that a program gets a small share of one.
    fn start() -> Hogs {
        let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
        let hogs = (0..12 * cpus.min(8))
            .map(|_| {
                Command::new("setsid")
                    .args(["sh", "-c", "exec yes >/dev/null"])
                    .stdin(Stdio::null())
                    .spawn()
                    .expect("setsid and yes are installed")
            })
            .collect();
        Hogs(hogs)
    }
}

impl Drop for Hogs {
    fn drop(&mut self) {
        for hog in &mut self.0 {
            let _ = hog.kill();
            let _ = hog.wait();
        }
    }
}

fn judge(program: &str, home: &Path) -> serde_json::Value {
    let input = home.join("in");
    let answer = home.join("ans");
    std::fs::write(&input, "1 2\n").unwrap();
    std::fs::write(&answer, "3\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_grind"))
        .args(["run", "--json", "--time-limit", "1s"])
        .arg(fixture(program))
        .arg("--input")
        .arg(&input)
        .arg("--expect")
        .arg(&answer)
        .env("GRIND_HOME", home)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("grind runs");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    report["tests"][0].clone()
}

#[test]
fn verdicts_do_not_depend_on_the_load() {
    let scratch = tempfile::tempdir().unwrap();
    // Build first, so that the compile is not what the load slows down.
    judge("load/busy.c", scratch.path());
    let _hogs = Hogs::start();
    // About 0.3 s of CPU work: it needs many times that in real time here, beyond
    // the 3 s wall limit, yet it is within its 1 s of CPU time.
    let busy = judge("load/busy.c", scratch.path());
    // Judged on its CPU time: accepted. (In a virtual machine, time the host takes the
    // CPU away is charged as the guest's CPU time, so under this much load the CPU
    // time itself can pass the limit: then it is a CPU TLE, never a wall-clock one.)
    let detail = busy["detail"].as_str().unwrap_or("");
    assert!(
        busy["verdict"] == "AC" || detail.starts_with("CPU time over"),
        "{busy:#}"
    );
    let endless = judge("hostile/inf_loop.c", scratch.path());
    assert_eq!(endless["verdict"], "TLE", "{endless:#}");
    let detail = endless["detail"].as_str().unwrap();
    assert!(detail.starts_with("CPU time over 1000 ms"), "{detail}");
    let sleeper = judge("solutions/c/TLE_sleep.c", scratch.path());
    assert_eq!(sleeper["verdict"], "TLE", "{sleeper:#}");
    let detail = sleeper["detail"].as_str().unwrap();
    assert!(
        detail.contains("wall clock over 3000 ms") && detail.contains("off the CPU"),
        "{detail}"
    );
}
