//! Hostile programs (docs/sandbox.md §7): each is judged, as an unprivileged user
//! when the tests run as root, and both the verdict and the post-condition are
//! checked: no surviving process, no file outside the run's folder, no packet out,
//! the terminal unchanged. Positive signals make sure a fixture did what it claims.

use super::fixture;
use serde_json::Value;
use std::net::{TcpListener, UdpSocket};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Hostile runs are serialised: the survivor check looks at every process of the user.
static SERIAL: Mutex<()> = Mutex::new(());

/// The user id the hostile programs run as when the tests run as root: one with no
/// account (no passwd entry, nothing to create or remove), so a run of the tests
/// leaves no system user behind.
const HOSTILE_ID: u32 = 2_147_000_001;

/// Who the hostile programs run as: an unprivileged id when we are root (root ignores
/// RLIMIT_NPROC and file permissions, so tests could pass by luck), else the caller.
#[derive(Clone)]
struct Runner {
    uid: u32,
    gid: u32,
    home: PathBuf,
}

fn runner() -> Runner {
    // SAFETY: geteuid has no preconditions.
    let euid = unsafe { libc::geteuid() };
    if euid != 0 {
        let home = PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/tmp".into()));
        // SAFETY: getegid has no preconditions.
        return Runner {
            uid: euid,
            gid: unsafe { libc::getegid() },
            home,
        };
    }
    // Its home is in the target folder, made once per run of the tests.
    static HOME: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    let home = HOME.get_or_init(|| {
        let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-home");
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir_all(&home).unwrap();
        let c = std::ffi::CString::new(home.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid C path.
        unsafe { libc::chown(c.as_ptr(), HOSTILE_ID, HOSTILE_ID) };
        home
    });
    Runner {
        uid: HOSTILE_ID,
        gid: HOSTILE_ID,
        home: home.clone(),
    }
}

fn chown(path: &Path, r: &Runner) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid C path.
    unsafe { libc::chown(c.as_ptr(), r.uid, r.gid) };
}

/// A folder the runner owns, under the system temp folder.
fn owned_dir(r: &Runner, prefix: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix(prefix).tempdir().unwrap();
    chown(dir.path(), r);
    dir
}

/// What the hostile user needs, copied where it can reach it (the checkout may be in
/// root's home): the grind binary, the harness, the fixtures, and a build cache shared
/// by the hostile runs so each fixture compiles once.
struct Stage {
    grind: PathBuf,
    harness: PathBuf,
    fixtures: PathBuf,
    cache: PathBuf,
}

fn stage(r: &Runner) -> &'static Stage {
    static STAGE: std::sync::OnceLock<Stage> = std::sync::OnceLock::new();
    STAGE.get_or_init(|| {
        use std::os::unix::fs::PermissionsExt;
        // In the target folder, replaced by each run, not left in /tmp by each.
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-stage");
        let _ = std::fs::remove_dir_all(&root);
        let copy = |from: &Path, to: &Path| {
            let ok = Command::new("cp")
                .arg("-r")
                .arg(from)
                .arg(to)
                .status()
                .unwrap();
            assert!(ok.success(), "cp {}", from.display());
        };
        std::fs::create_dir_all(&root).unwrap();
        copy(Path::new(env!("CARGO_BIN_EXE_grind")), &root.join("grind"));
        copy(&super::repo().join("harness"), &root.join("harness"));
        copy(&fixture("hostile"), &root.join("hostile"));
        let cache = root.join("cache");
        std::fs::create_dir_all(&cache).unwrap();
        let ok = Command::new("chmod")
            .args(["-R", "a+rX"])
            .arg(&root)
            .status()
            .unwrap();
        assert!(ok.success());
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).unwrap();
        chown(&cache, r);
        Stage {
            grind: root.join("grind"),
            harness: root.join("harness"),
            fixtures: root.join("hostile"),
            cache,
        }
    })
}

/// The staged grind as the runner, with its own GRIND_HOME (also the working folder)
/// and TMPDIR, a clean environment and no supplementary groups.
fn grind_as(r: &Runner, home: &Path, tmp: &Path, unsandboxed: bool) -> Command {
    let stage = stage(r);
    let mut cmd = Command::new(&stage.grind);
    cmd.env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", &r.home)
        .env("GRIND_HOME", home)
        .env("GRIND_CACHE", &stage.cache)
        .env("GRIND_HARNESS", &stage.harness)
        .env("TMPDIR", tmp)
        .env("NO_COLOR", "1")
        .current_dir(home)
        .uid(r.uid)
        .gid(r.gid);
    if unsandboxed {
        cmd.env("GRIND_UNSANDBOXED", "1");
    }
    // SAFETY: drop supplementary groups before becoming the hostile user (fails
    // harmlessly when we are not root).
    unsafe {
        cmd.pre_exec(|| {
            libc::setgroups(0, std::ptr::null());
            Ok(())
        });
    }
    cmd
}

struct Judged {
    report: Value,
    stderr: String,
    /// The runs' scratch folder (TMPDIR), to look for survivors working in it.
    tmp: tempfile::TempDir,
    wall: Duration,
}

impl Judged {
    fn test(&self) -> &Value {
        &self.report["tests"][0]
    }

    fn verdict(&self) -> String {
        self.report["summary"]["verdict"]
            .as_str()
            .unwrap_or("?")
            .to_string()
    }
}

/// The folders of one judged run: its GRIND_HOME, TMPDIR and the test's files.
struct Dirs {
    home: tempfile::TempDir,
    tmp: tempfile::TempDir,
    io: tempfile::TempDir,
}

/// Judges one hostile fixture with `grind run --json` as the runner.
fn judge(
    r: &Runner,
    file: &str,
    input: &str,
    answer: &str,
    extra: &[&str],
    pty: Option<i32>,
    unsandboxed: bool,
) -> Judged {
    judge_with(r, file, input, answer, extra, pty, unsandboxed, |_| {})
}

/// `judge`, with a last word on the command (environment, descriptors).
#[allow(clippy::too_many_arguments)]
fn judge_with(
    r: &Runner,
    file: &str,
    input: &str,
    answer: &str,
    extra: &[&str],
    pty: Option<i32>,
    unsandboxed: bool,
    tweak: impl FnOnce(&mut Command),
) -> Judged {
    let dirs = Dirs {
        home: owned_dir(r, "hostile-home-"),
        tmp: owned_dir(r, "hostile-tmp-"),
        io: owned_dir(r, "hostile-io-"),
    };
    std::fs::write(dirs.io.path().join("in.txt"), input).unwrap();
    std::fs::write(dirs.io.path().join("ans.txt"), answer).unwrap();
    let mut cmd = grind_command(r, file, &dirs, extra, unsandboxed);
    tweak(&mut cmd);
    let tmp = dirs.tmp;
    run_judged(cmd, file, pty, tmp)
}

/// The `grind run --json` command for one fixture, as the runner, in `dirs`.
fn grind_command(
    r: &Runner,
    file: &str,
    dirs: &Dirs,
    extra: &[&str],
    unsandboxed: bool,
) -> Command {
    let (home, tmp) = (&dirs.home, &dirs.tmp);
    let (inp, ans) = (
        dirs.io.path().join("in.txt"),
        dirs.io.path().join("ans.txt"),
    );
    let stage = stage(r);
    let mut cmd = grind_as(r, home.path(), tmp.path(), unsandboxed);
    cmd.args([
        "run",
        "--json",
        "--time-limit",
        "1s",
        "--memory-limit",
        "128",
    ])
    .arg(stage.fixtures.join(file))
    .arg("--input")
    .arg(&inp)
    .arg("--expect")
    .arg(&ans)
    .args(extra);
    // A rustup toolchain lives in root's home, out of the hostile user's reach: Rust
    // rows run as the user with a system rustc (.ci/run installs Debian's), else they
    // keep the caller's toolchain PATH and run as the caller.
    let as_caller = file.ends_with(".rs") && !system_rustc();
    if as_caller {
        cmd.env("PATH", std::env::var("PATH").unwrap_or_default())
            .uid(unsafe { libc::geteuid() })
            .gid(unsafe { libc::getegid() });
        if let Ok(h) = std::env::var("HOME") {
            cmd.env("HOME", h);
        }
    }
    cmd
}

/// A rustc the hostile user can run, on the PATH it is given.
fn system_rustc() -> bool {
    ["/usr/local/bin/rustc", "/usr/bin/rustc"]
        .iter()
        .any(|p| Path::new(p).is_file())
}

fn run_judged(mut cmd: Command, file: &str, pty: Option<i32>, tmp: tempfile::TempDir) -> Judged {
    match pty {
        Some(slave) => {
            // SAFETY: in the child before exec: a new session with the pty as its terminal.
            unsafe {
                cmd.pre_exec(move || {
                    libc::setsid();
                    libc::ioctl(slave, libc::TIOCSCTTY, 0);
                    for fd in 0..3 {
                        libc::dup2(slave, fd);
                    }
                    Ok(())
                });
            }
        }
        None => {
            cmd.stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
        }
    }
    let start = Instant::now();
    if pty.is_some() {
        let status = cmd.status().unwrap();
        assert!(status.code().is_some(), "{file}: grind was killed");
        return Judged {
            report: Value::Null,
            stderr: String::new(),
            tmp,
            wall: start.elapsed(),
        };
    }
    let out = cmd.output().unwrap();
    let wall = start.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let report = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{file}: not JSON ({e}): {stdout}\n{stderr}"));
    Judged {
        report,
        stderr,
        tmp,
        wall,
    }
}

/// Processes still alive that belong to the runner (when it is a dedicated user) or
/// that work in the runs' scratch folder. The kernel may need a moment to finish
/// tearing down killed processes, so this waits up to 2 s for the list to empty.
fn survivors(r: &Runner, tmp: &Path) -> Vec<String> {
    // SAFETY: geteuid has no preconditions.
    let dedicated = r.uid != unsafe { libc::geteuid() };
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            if status.contains("State:\tZ") || status.is_empty() {
                continue;
            }
            let uid: u32 = status
                .lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
                .unwrap_or(u32::MAX);
            let cwd = std::fs::read_link(format!("/proc/{pid}/cwd")).unwrap_or_default();
            let exempt = SENTINELS
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(&pid);
            if !exempt && ((dedicated && uid == r.uid && r.uid != 0) || cwd.starts_with(tmp)) {
                let name = status.lines().next().unwrap_or_default().to_string();
                found.push(format!("{pid} {name} cwd={}", cwd.display()));
            }
        }
        if found.is_empty() || Instant::now() > deadline {
            return found;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Judges a row and checks the common post-conditions.
fn row(file: &str, expected: &[&str]) -> Judged {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let j = judge(&r, file, "1 2\n", "3\n", &[], None, false);
    let verdict = j.verdict();
    assert!(
        expected.contains(&verdict.as_str()),
        "{file}: got {verdict}, expected one of {expected:?}\n{:#}\n{}",
        j.report,
        j.stderr
    );
    let left = survivors(&r, j.tmp.path());
    assert!(
        left.is_empty(),
        "{file}: processes survived the run: {left:?}"
    );
    // A hang, not slowness: on a busy machine a 30 s compile limit takes longer than
    // 30 s of real time (time waiting for a CPU is not counted), so the bound is loose.
    assert!(
        j.wall < Duration::from_secs(180),
        "{file}: grind took {:?}",
        j.wall
    );
    j
}

fn memory_kib(j: &Judged) -> u64 {
    j.test()["memory_kib"].as_u64().unwrap_or(0)
}

fn detail(j: &Judged) -> String {
    j.test()["detail"].as_str().unwrap_or("").to_string()
}

#[test]
fn correct_programs_run_in_every_language() {
    for file in [
        "ok_c.c",
        "ok_cpp.cpp",
        "ok_py.py",
        "ok_java.java",
        "ok_js.js",
        "ok_go.go",
        "ok_rust.rs",
    ] {
        row(file, &["AC"]);
    }
}

#[test]
fn time_limits() {
    let j = row("inf_loop.c", &["TLE"]);
    let cpu = j.test()["cpu_ms"].as_u64().unwrap();
    assert!(
        (1000..1300).contains(&cpu),
        "CPU time near the limit: {cpu}"
    );
    let j = row("sleep_forever.c", &["TLE"]);
    assert!(detail(&j).contains("wall clock"), "{}", detail(&j));
    let j = row("ignore_sigterm.c", &["TLE"]);
    assert!(detail(&j).contains("CPU time"), "{}", detail(&j));
    let j = row("sigstop_self.c", &["TLE"]);
    assert!(detail(&j).contains("wall clock"), "{}", detail(&j));
}

#[test]
fn process_and_thread_bombs_are_contained() {
    for file in ["fork_bomb.c", "fork_bomb_py.py"] {
        row(file, &["TLE", "RE", "MLE"]);
    }
    // Threads take process ids: a bomb is stopped at the thread cap, long before the
    // machine runs out of them (it reached 27 000 of 32 768 without the cap).
    let j = row("thread_bomb.c", &["RE"]);
    assert!(detail(&j).contains("threads at once"), "{}", detail(&j));
    row("threads_many_ok.c", &["AC"]);
    // A child left behind, or one that escapes into its own session holding stdout:
    // the run ends when the program does, and nothing survives.
    let j = row("background_child.c", &["AC"]);
    assert!(
        j.test()["wall_ms"].as_u64().unwrap() < 1000,
        "{:#}",
        j.report
    );
    let j = row("daemon_escape.c", &["AC"]);
    assert!(
        j.test()["wall_ms"].as_u64().unwrap() < 1000,
        "did not wait for the daemon: {:#}",
        j.report
    );
}

/// Without seccomp (GRIND_UNSANDBOXED), fork works and a daemon can leave the process
/// group: the helper, a subreaper, still finds and kills it, and grind does not wait
/// for the pipe it holds.
#[test]
fn escapes_are_caught_even_without_seccomp() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    for file in ["daemon_escape.c", "background_child.c"] {
        let j = judge(&r, file, "1 2\n", "3\n", &[], None, true);
        assert_eq!(j.verdict(), "AC", "{file}: {:#}", j.report);
        assert!(
            j.wall < Duration::from_secs(5),
            "{file}: grind waited {:?}",
            j.wall
        );
        let left = survivors(&r, j.tmp.path());
        assert!(
            left.is_empty(),
            "{file}: processes survived the run: {left:?}"
        );
    }
}

#[test]
fn memory_limits_with_positive_signals() {
    // A 2 GiB static array written through: measured, MLE.
    row("static_huge.c", &["MLE"]);
    for file in [
        "malloc_touch.c",
        "memory_hog_py.py",
        "hog_java.java",
        "hog_js.js",
        "hog_go.go",
    ] {
        let j = row(file, &["MLE"]);
        if !detail(&j).contains("ran out of memory") {
            assert!(
                memory_kib(&j) > 128 * 1024,
                "{file}: measured {} KiB",
                memory_kib(&j)
            );
        }
    }
    for file in ["deep_recursion_mle.c", "stack_overflow_rust.rs"] {
        row(file, &["MLE"]);
    }
    // Untouched memory is free (the 8 GiB malloc succeeds); a 1e6-deep recursion has
    // the stack it needs.
    let j = row("malloc_untouched.c", &["AC"]);
    assert!(memory_kib(&j) < 16 * 1024, "{}", memory_kib(&j));
    let j = row("mem_untouched_reserve.c", &["AC"]);
    assert!(memory_kib(&j) < 16 * 1024, "{}", memory_kib(&j));
    for file in ["deep_recursion_ok.c", "recursion_py.py", "deep_java.java"] {
        row(file, &["AC"]);
    }
    row("mmap_big_file.c", &["AC", "MLE"]);
}

#[test]
fn output_floods_and_disk_fill() {
    for file in ["infinite_output.c", "output_1gb.c"] {
        let j = row(file, &["OLE"]);
        assert!(detail(&j).contains("output over"), "{}", detail(&j));
    }
    row("stderr_flood.c", &["OLE", "TLE"]);
    let j = row("disk_fill.c", &["OLE", "RE"]);
    assert!(
        detail(&j).contains("SIGXFSZ") || detail(&j).contains("exit code"),
        "{}",
        detail(&j)
    );
}

#[test]
fn files_outside_the_run_folder_are_out_of_reach() {
    let r = runner();
    let home_file = r.home.join("grind_pwned_home");
    let tmp_file = PathBuf::from("/tmp/grind_pwned_tmp");
    let _ = std::fs::remove_file(&home_file);
    let _ = std::fs::remove_file(&tmp_file);
    row("write_home.c", &["AC"]);
    assert!(!home_file.exists(), "a file appeared in the home folder");
    row("write_tmp.c", &["AC"]);
    assert!(!tmp_file.exists(), "a file appeared in /tmp");
    // A readable secret in the user's ~/.ssh: printing it would make the answer wrong.
    let ssh = r.home.join(".ssh");
    if std::fs::create_dir_all(&ssh).is_ok() {
        std::fs::write(ssh.join("id_ed25519"), "SECRET KEY\n").unwrap();
        chown(&ssh, &r);
        chown(&ssh.join("id_ed25519"), &r);
        let j = row("read_ssh.c", &["AC"]);
        assert!(!j.report.to_string().contains("SECRET"), "{:#}", j.report);
    }
}

#[test]
fn no_packet_leaves() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let tcp = TcpListener::bind("127.0.0.1:0").unwrap();
    let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
    tcp.set_nonblocking(true).unwrap();
    udp.set_nonblocking(true).unwrap();
    let input = format!(
        "1 2 {} {}\n",
        tcp.local_addr().unwrap().port(),
        udp.local_addr().unwrap().port()
    );
    let j = judge(&r, "net_connect.c", &input, "3\n", &[], None, false);
    assert_eq!(j.verdict(), "AC", "{:#}", j.report);
    assert!(tcp.accept().is_err(), "a TCP connection arrived");
    let mut buf = [0u8; 64];
    assert!(udp.recv(&mut buf).is_err(), "a UDP packet arrived");
}

#[test]
fn signals_to_outside_are_blocked() {
    // kill(getppid()) and kill(-1): grind, the tests and every other process live on.
    row("kill_parent.c", &["AC"]);
    row("kill_all.c", &["AC"]);
}

#[test]
fn crashes_are_named() {
    for (file, signal) in [
        ("segfault.c", "SIGSEGV"),
        ("abort.c", "SIGABRT"),
        ("div_zero.c", "SIGFPE"),
    ] {
        let j = row(file, &["RE"]);
        assert_eq!(j.test()["signal"], signal, "{file}");
    }
    let j = row("exit1_correct.c", &["RE"]);
    assert_eq!(j.test()["exit_code"], 1);
    for (file, text) in [
        ("exception_py.py", "ValueError"),
        ("exception_java.java", "RuntimeException"),
        ("exception_js.js", "Error"),
        ("panic_rust.rs", "index out of bounds"),
    ] {
        let j = row(file, &["RE"]);
        assert!(detail(&j).contains(text), "{file}: {}", detail(&j));
    }
}

#[test]
fn output_formats() {
    row("non_utf8.c", &["WA"]);
    for file in [
        "no_trailing_newline.c",
        "crlf.c",
        "extra_spaces.c",
        "close_stdout_early.c",
        "read_stdin_forever.c",
    ] {
        row(file, &["AC"]);
    }
    // --strict compares bytes: CR is then a difference.
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let j = judge(
        &runner(),
        "crlf.c",
        "1 2\n",
        "3\n",
        &["--strict"],
        None,
        false,
    );
    assert_eq!(j.verdict(), "WA");
}

#[test]
fn compiler_abuse_is_a_compile_error() {
    for file in [
        "compile_template_bomb.cpp",
        "compile_include_zero.cpp",
        "compile_huge_init.c",
        "compile_error_flood.cpp",
        "compile_fail.c",
    ] {
        let j = row(file, &["CE"]);
        assert_eq!(j.report["compile"]["ok"], false, "{file}");
    }
}

#[test]
fn terminal_is_left_alone() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let (mut master, terminal) = super::pty();
    let slave = std::os::fd::AsRawFd::as_raw_fd(&terminal);
    // SAFETY: termios is plain data; tcgetattr fills it.
    let mut before: libc::termios = unsafe { std::mem::zeroed() };
    unsafe { libc::tcgetattr(slave, &mut before) };
    // Drain what grind prints on the terminal so it never blocks.
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        // The read ends in an error (EIO) once the terminal is closed.
        let _ = std::io::Read::read_to_end(&mut master, &mut all);
        all
    });
    let j = judge(&r, "tiocsti.c", "1 2\n", "3\n", &[], Some(slave), false);
    let mut after: libc::termios = unsafe { std::mem::zeroed() };
    unsafe { libc::tcgetattr(slave, &mut after) };
    assert_eq!(
        before.c_lflag, after.c_lflag,
        "terminal local flags changed (echo?)"
    );
    assert_eq!(before.c_iflag, after.c_iflag);
    // Nothing was pushed into the terminal's input queue.
    let mut waiting: libc::c_int = 0;
    unsafe { libc::ioctl(slave, libc::FIONREAD, &mut waiting) };
    assert_eq!(
        waiting, 0,
        "{waiting} bytes were injected into the terminal"
    );
    drop(terminal);
    let shown = String::from_utf8_lossy(&reader.join().unwrap()).into_owned();
    assert!(shown.contains("\"verdict\": \"AC\""), "{shown}");
    assert!(survivors(&r, j.tmp.path()).is_empty());
}

// ---- Issue 13: what a red team got through with (one fixture per class at least). ----

/// `row` with its own input and environment; also checks that no "SECRET" reached
/// grind's output.
fn row_in(file: &str, input: &str, expected: &[&str], env: &[(&str, &str)]) -> Judged {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    row_locked(file, input, expected, env)
}

fn row_locked(file: &str, input: &str, expected: &[&str], env: &[(&str, &str)]) -> Judged {
    let r = runner();
    let j = judge_with(&r, file, input, "3\n", &[], None, false, |cmd| {
        for (k, v) in env {
            cmd.env(k, v);
        }
    });
    let verdict = j.verdict();
    assert!(
        expected.contains(&verdict.as_str()),
        "{file}: got {verdict}, expected one of {expected:?}\n{:#}\n{}",
        j.report,
        j.stderr
    );
    let left = survivors(&r, j.tmp.path());
    assert!(
        left.is_empty(),
        "{file}: processes survived the run: {left:?}"
    );
    assert!(
        !j.report.to_string().contains("SECRET") && !j.stderr.contains("SECRET"),
        "{file}: a secret reached grind's output\n{:#}",
        j.report
    );
    j
}

/// A sleeping process of the runner, for calls aimed at "some other process"; not a
/// survivor.
struct Sentinel(std::process::Child);

static SENTINELS: Mutex<Vec<u32>> = Mutex::new(Vec::new());

impl Sentinel {
    fn start(r: &Runner) -> Sentinel {
        let child = Command::new("sleep")
            .arg("60")
            .uid(r.uid)
            .gid(r.gid)
            .spawn()
            .unwrap();
        SENTINELS.lock().unwrap().push(child.id());
        Sentinel(child)
    }
    fn pid(&self) -> i32 {
        self.0.id() as i32
    }
    fn alive(&mut self) -> bool {
        self.0.try_wait().unwrap().is_none()
    }
    /// Nice value, scheduling policy, CPU affinity and I/O priority.
    fn scheduling(&self) -> (String, String, String, i64) {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap();
        let f: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap();
        let cpus = status
            .lines()
            .find(|l| l.starts_with("Cpus_allowed_list"))
            .unwrap_or_default()
            .to_string();
        // SAFETY: ioprio_get(IOPRIO_WHO_PROCESS, pid) reads a number.
        let io = unsafe { libc::syscall(libc::SYS_ioprio_get, 1, self.pid()) };
        (f[16].to_string(), f[38].to_string(), cpus, io)
    }
}

impl Drop for Sentinel {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
        SENTINELS.lock().unwrap().retain(|&p| p != self.0.id());
    }
}

/// Class 1: named and datagram Unix sockets outside the box receive nothing; an
/// abstract one neither, by seccomp and (ABI 6) by Landlock's scope on its own.
#[test]
fn unix_sockets_outside_receive_nothing() {
    use std::os::linux::net::SocketAddrExt;
    use std::os::unix::net::{SocketAddr, UnixDatagram, UnixListener};
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let dir = owned_dir(&r, "hostile-sock-");
    let listen = |tag: &str| {
        let (stream_path, dgram_path) = (
            dir.path().join(format!("{tag}-stream.sock")),
            dir.path().join(format!("{tag}-dgram.sock")),
        );
        let stream = UnixListener::bind(&stream_path).unwrap();
        let dgram = UnixDatagram::bind(&dgram_path).unwrap();
        let name = format!("grind-hostile-{tag}-{}", std::process::id());
        let abs = UnixListener::bind_addr(&SocketAddr::from_abstract_name(&name).unwrap()).unwrap();
        for s in [&stream_path, &dgram_path] {
            chown(s, &r);
        }
        stream.set_nonblocking(true).unwrap();
        dgram.set_nonblocking(true).unwrap();
        abs.set_nonblocking(true).unwrap();
        let input = format!(
            "1 2 {} {} {name}\n",
            stream_path.display(),
            dgram_path.display()
        );
        (input, stream, dgram, abs)
    };
    let received = |stream: &UnixListener, dgram: &UnixDatagram, abs: &UnixListener| {
        let mut buf = [0u8; 64];
        [
            stream.accept().is_ok(),
            dgram.recv(&mut buf).is_ok(),
            abs.accept().is_ok(),
        ]
    };
    // The fixture does reach all three when nothing stands in the way.
    let (input, stream, dgram, abs) = listen("open");
    let j = judge(&r, "unix_sockets.c", &input, "3\n", &[], None, true);
    assert_eq!(j.verdict(), "WA", "{:#}", j.report);
    assert_eq!(received(&stream, &dgram, &abs), [true, true, true]);
    // Sandboxed: nothing arrives.
    let (input, stream, dgram, abs) = listen("boxed");
    let j = row_locked("unix_sockets.c", &input, &["AC"], &[]);
    assert_eq!(
        received(&stream, &dgram, &abs),
        [false, false, false],
        "{}",
        j.stderr
    );
    // Landlock alone (seccomp off): the abstract socket is out of scope.
    if landlock_abi() >= 6 {
        let (input, stream, dgram, abs) = listen("landlock");
        let _ = row_locked(
            "unix_sockets.c",
            &input,
            &["WA", "AC"],
            &[("GRIND_NO_SECCOMP", "1")],
        );
        assert!(
            !received(&stream, &dgram, &abs)[2],
            "an abstract connection arrived"
        );
    }
}

fn landlock_abi() -> i64 {
    // SAFETY: the version query (flag 1) takes no pointer.
    unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            1u32,
        )
    }
}

/// Class 2: the death signal cannot be cleared, and killing grind (SIGTERM or SIGKILL)
/// leaves no process behind.
#[test]
fn killing_grind_leaves_no_process() {
    row_in("pdeathsig_clear.c", "1 2 0\n", &["AC"], &[]);
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    for signal in [libc::SIGTERM, libc::SIGKILL, libc::SIGINT] {
        let dirs = Dirs {
            home: owned_dir(&r, "hostile-home-"),
            tmp: owned_dir(&r, "hostile-tmp-"),
            io: owned_dir(&r, "hostile-io-"),
        };
        std::fs::write(dirs.io.path().join("in.txt"), "1 2 60\n").unwrap();
        std::fs::write(dirs.io.path().join("ans.txt"), "3\n").unwrap();
        let mut cmd = grind_command(&r, "pdeathsig_clear.c", &dirs, &[], false);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut grind = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        let running = loop {
            let found = survivors_now(&r, dirs.tmp.path());
            if !found.is_empty() || Instant::now() > deadline {
                break found;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(!running.is_empty(), "the program never started");
        // SAFETY: signalling the grind we started.
        unsafe { libc::kill(grind.id() as i32, signal) };
        let _ = grind.wait();
        let left = survivors(&r, dirs.tmp.path());
        assert!(
            left.is_empty(),
            "signal {signal}: processes survived grind: {left:?}"
        );
    }
}

/// The processes of the runner (dedicated user) or working in `tmp`, right now.
fn survivors_now(r: &Runner, tmp: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cwd = std::fs::read_link(format!("/proc/{pid}/cwd")).unwrap_or_default();
        if cwd.starts_with(tmp) {
            found.push(format!("{pid} cwd={}", cwd.display()));
        }
    }
    let _ = r;
    found
}

/// Class 3: no scheduling or I/O priority change reaches another process.
#[test]
fn scheduling_of_others_is_out_of_reach() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let sentinel = Sentinel::start(&r);
    let before = sentinel.scheduling();
    let input = format!("1 2 {}\n", sentinel.pid());
    row_locked("sched_others.c", &input, &["AC"], &[]);
    assert_eq!(
        sentinel.scheduling(),
        before,
        "the sentinel's scheduling changed"
    );
}

/// What a metadata attack could change on a file: mode, owner, times, xattrs, inode
/// flags and contents (ctime moves with any of them).
fn file_state(path: &Path) -> String {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).unwrap();
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    let mut names = [0u8; 1024];
    // SAFETY: listxattr fills a buffer we own.
    let n = unsafe { libc::listxattr(c.as_ptr(), names.as_mut_ptr().cast(), names.len()) };
    let mut flags: libc::c_long = 0;
    if let Ok(f) = std::fs::File::open(path) {
        use std::os::fd::AsRawFd;
        // SAFETY: FS_IOC_GETFLAGS writes one long.
        unsafe { libc::ioctl(f.as_raw_fd(), 0x8008_6601u64 as _, &mut flags) };
    }
    format!(
        "mode {:o} owner {}:{} mtime {}.{} ctime {}.{} xattrs {:?} flags {flags:x} content {:?}",
        m.mode(),
        m.uid(),
        m.gid(),
        m.mtime(),
        m.mtime_nsec(),
        m.ctime(),
        m.ctime_nsec(),
        &names[..n.max(0) as usize],
        std::fs::read(path).unwrap()
    )
}

/// Class 4: metadata outside the box (by path, and through stdin) stays as it was.
#[test]
fn metadata_outside_the_box_is_unchanged() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let victim_dir = owned_dir(&r, "hostile-victim-");
    let victim = victim_dir.path().join("id_ed25519");
    std::fs::write(&victim, "SECRET KEY\n").unwrap();
    let dirs = Dirs {
        home: owned_dir(&r, "hostile-home-"),
        tmp: owned_dir(&r, "hostile-tmp-"),
        io: owned_dir(&r, "hostile-io-"),
    };
    let input = dirs.io.path().join("in.txt");
    std::fs::write(
        &input,
        format!("1 2 {} {}\n", victim.display(), input.display()),
    )
    .unwrap();
    std::fs::write(dirs.io.path().join("ans.txt"), "3\n").unwrap();
    for (path, mode) in [(&victim, 0o600), (&input, 0o644)] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        chown(path, &r);
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid path, name and value.
        unsafe {
            libc::setxattr(
                c.as_ptr(),
                c"user.keep".as_ptr(),
                b"k".as_ptr().cast(),
                1,
                0,
            )
        };
    }
    let before = [file_state(&victim), file_state(&input)];
    let cmd = grind_command(&r, "metadata_outside.c", &dirs, &[], false);
    let j = run_judged(cmd, "metadata_outside.c", None, dirs.tmp);
    assert_eq!(j.verdict(), "AC", "{:#}\n{}", j.report, j.stderr);
    assert_eq!([file_state(&victim), file_state(&input)], before);
    assert!(!j.report.to_string().contains("SECRET"));
}

/// Class 5, by name: the answer file cannot even be stat'ed, nor its folder listed,
/// where the kernel lets the runner make a user namespace (`grind doctor` says which).
#[test]
fn the_answer_cannot_be_named() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let dirs = Dirs {
        home: owned_dir(&r, "hostile-home-"),
        tmp: owned_dir(&r, "hostile-tmp-"),
        io: owned_dir(&r, "hostile-io-"),
    };
    let answer = dirs.io.path().join("ans.txt");
    std::fs::write(&answer, "3\n").unwrap();
    std::fs::write(
        dirs.io.path().join("in.txt"),
        format!("1 2 {}\n", answer.display()),
    )
    .unwrap();
    let mut doctor = grind_as(&r, dirs.home.path(), dirs.tmp.path(), false);
    let doctor = doctor.arg("doctor").output().unwrap();
    let doctor = String::from_utf8_lossy(&doctor.stdout).into_owned();
    let cmd = grind_command(&r, "answer_by_name.c", &dirs, &[], false);
    let j = run_judged(cmd, "answer_by_name.c", None, dirs.tmp);
    if !doctor.contains("tests' folders hidden") {
        eprintln!("no user namespaces here: the answer can be named\n{doctor}");
        return;
    }
    assert_eq!(j.verdict(), "AC", "{:#}\n{}", j.report, j.stderr);
    assert!(!j.report.to_string().contains("seen:"), "{:#}", j.report);
    // The answer is still there, as grind's checker saw it.
    assert_eq!(std::fs::read_to_string(&answer).unwrap(), "3\n");
}

/// The runner's System V IPC objects (ipcs), from /proc/sysvipc.
fn ipc_objects(r: &Runner) -> Vec<String> {
    [("shm", 7), ("msg", 7), ("sem", 4)]
        .iter()
        .flat_map(|(kind, uid_column)| {
            std::fs::read_to_string(format!("/proc/sysvipc/{kind}"))
                .unwrap_or_default()
                .lines()
                .skip(1)
                .filter(|l| l.split_whitespace().nth(*uid_column) == Some(&r.uid.to_string()))
                .map(|l| format!("{kind}: {l}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Class 5: no IPC object is made (none could outlive the run).
#[test]
fn no_ipc_object_outlives_a_run() {
    let before = ipc_objects(&runner());
    row_in("ipc_objects.c", "1 2\n", &["AC"], &[]);
    assert_eq!(ipc_objects(&runner()), before, "ipcs shows new objects");
    // SAFETY: mq_unlink of a name; removes a leftover, if any, so the next run is clean.
    let unlinked = unsafe { libc::syscall(libc::SYS_mq_unlink, c"grind-pwn-mq".as_ptr()) };
    assert_ne!(unlinked, 0, "a POSIX message queue was left");
}

/// Class 6: no disk reserved past RLIMIT_FSIZE, and the run folder's total is capped.
#[test]
fn disk_use_is_capped() {
    row_in("disk_reserve.c", "1 2\n", &["AC"], &[]);
    let start = Instant::now();
    let j = row_in("disk_many_files.c", "1 2\n", &["OLE"], &[]);
    assert!(detail(&j).contains("disk limit"), "{}", detail(&j));
    assert!(start.elapsed() < Duration::from_secs(20));
    let left: Vec<_> = walk(j.tmp.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("fill"))
        .collect();
    assert!(left.is_empty(), "files left: {left:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            all.extend(walk(&p));
        }
        all.push(p);
    }
    all
}

/// Class 7: descriptors grind inherited do not reach the program.
#[test]
fn inherited_descriptors_do_not_reach_the_program() {
    use std::os::fd::AsRawFd;
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let dir = owned_dir(&r, "hostile-fd-");
    let secret = dir.path().join("secret");
    std::fs::write(&secret, "SECRET-FD-CONTENT\n").unwrap();
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&secret)
        .unwrap();
    let fd = file.as_raw_fd();
    let j = judge_with(
        &r,
        "inherited_fds.c",
        "1 2\n",
        "3\n",
        &[],
        None,
        false,
        |cmd| {
            // SAFETY: in the child before exec: the secret on descriptors 3.. without
            // close-on-exec, as a careless parent would leave them.
            unsafe {
                cmd.pre_exec(move || {
                    for n in [3, 4, 5, 7, 9, 15] {
                        if n == fd {
                            libc::fcntl(n, libc::F_SETFD, 0);
                        } else {
                            libc::dup2(fd, n);
                        }
                    }
                    Ok(())
                });
            }
        },
    );
    assert_eq!(j.verdict(), "AC", "{:#}\n{}", j.report, j.stderr);
    assert!(!j.report.to_string().contains("SECRET"), "{:#}", j.report);
    assert_eq!(
        std::fs::read_to_string(&secret).unwrap(),
        "SECRET-FD-CONTENT\n"
    );
    drop(file);
}

/// Class 8: with Landlock off (a kernel without signal scoping), seccomp alone keeps
/// signals to the program itself: the helper, grind and a sentinel live on.
#[test]
fn signals_stay_inside_without_landlock() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let mut sentinel = Sentinel::start(&r);
    let off = [("GRIND_NO_LANDLOCK", "1")];
    let input = format!("1 2 {}\n", sentinel.pid());
    row_locked("signal_others.c", &input, &["AC"], &off);
    row_locked("kill_parent.c", "1 2\n", &["AC"], &off);
    row_locked("kill_all.c", "1 2\n", &["AC"], &off);
    assert!(sentinel.alive(), "the sentinel was killed");
}

/// Every language still runs with the run step's deny-list (also without Landlock).
#[test]
fn correct_programs_run_without_landlock() {
    for file in [
        "ok_c.c",
        "ok_cpp.cpp",
        "ok_py.py",
        "ok_java.java",
        "ok_js.js",
        "ok_go.go",
        "ok_rust.rs",
    ] {
        row_in(file, "1 2\n", &["AC"], &[("GRIND_NO_LANDLOCK", "1")]);
    }
}

/// Every way of allocating, in every language, over the 128 MiB limit: MLE with the
/// measured peak above the limit (not a failed allocation read as RE).
#[test]
fn memory_matrix_every_way_of_allocating() {
    for file in [
        "mem_malloc_checked.c",
        "mem_malloc_unchecked.c",
        "mem_static_touched.c",
        "mem_mmap_zero.c",
        "mem_page_tables.c",
        "mem_cpp_vector.cpp",
        "mem_cpp_new.cpp",
        "mem_rust_vec.rs",
        "mem_py_list.py",
        "mem_java_array.java",
        "mem_go_slice.go",
        "mem_js_array.js",
    ] {
        let j = row(file, &["MLE"]);
        assert!(
            memory_kib(&j) > 128 * 1024,
            "{file}: measured {} KiB: {}",
            memory_kib(&j),
            detail(&j)
        );
    }
}

/// One grind invocation as the runner, ended by a watchdog if it hangs.
struct Invoked {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    tmp: tempfile::TempDir,
    wall: Duration,
}

impl Invoked {
    fn report(&self) -> Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}\n{}",
                String::from_utf8_lossy(&self.stdout),
                String::from_utf8_lossy(&self.stderr)
            )
        })
    }

    /// Post-conditions of every invocation: grind returned in time, nothing of the
    /// program survives, and nothing is left in TMPDIR (however the program left
    /// its folder).
    fn check_clean(&self, r: &Runner, what: &str) {
        assert!(
            self.wall < Duration::from_secs(30),
            "{what}: took {:?}",
            self.wall
        );
        let left = survivors(r, self.tmp.path());
        assert!(left.is_empty(), "{what}: processes survived: {left:?}");
        let litter: Vec<_> = std::fs::read_dir(self.tmp.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(litter.is_empty(), "{what}: left in TMPDIR: {litter:?}");
    }
}

fn invoke(r: &Runner, args: &[&std::ffi::OsStr], unsandboxed: bool) -> Invoked {
    use std::io::Read;
    let home = owned_dir(r, "hostile-home-");
    let tmp = owned_dir(r, "hostile-tmp-");
    let mut cmd = grind_as(r, home.path(), tmp.path(), unsandboxed);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().unwrap();
    let reader = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut data = Vec::new();
            let _ = pipe.read_to_end(&mut data);
            data
        })
    };
    let out = reader(Box::new(child.stdout.take().unwrap()));
    let err = reader(Box::new(child.stderr.take().unwrap()));
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("grind {args:?} hung (killed after 60 s)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Invoked {
        code: status.code().unwrap_or(-1),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
        tmp,
        wall: start.elapsed(),
    }
}

/// A problem folder owned by the runner, as a user's own bank is (so a grind that
/// wrote through a planted name could overwrite its answers), with a secret beside it.
fn bank(r: &Runner, yaml: &str, files: &[(&str, String)]) -> (tempfile::TempDir, PathBuf) {
    let dir = owned_dir(r, "hostile-bank-");
    let p = dir.path().join("p");
    std::fs::create_dir_all(p.join("tests")).unwrap();
    std::fs::write(p.join("problem.yaml"), yaml).unwrap();
    std::fs::write(p.join("statement.md"), "# Hostile\n").unwrap();
    std::fs::write(dir.path().join("secret.txt"), "SECRET-TOKEN\n").unwrap();
    for (name, text) in files {
        std::fs::write(p.join(name), text).unwrap();
    }
    let ok = Command::new("chown")
        .arg("-R")
        .arg(format!("{}:{}", r.uid, r.gid))
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(ok.success());
    (dir, p)
}

/// Every file of `dir` (recursively) with its content, to compare before and after.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else {
                all.push((e.path(), std::fs::read(e.path()).unwrap_or_default()));
            }
        }
    }
    all.sort();
    all
}

fn verdicts(report: &Value) -> Vec<(String, String)> {
    report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().to_string(),
                t["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Issue 13, class 1: after the run grind opens no name in the solution's folder. A
/// function's `.result` replaced by a symlink to the answer, a hard link to it, a
/// symlink to a secret or a FIFO: the returned value (7) is still what is judged, the
/// secret is not shown, nothing hangs. With and without the sandbox layers: this holds
/// by grind's own file handling, not by Landlock refusing the link.
#[test]
fn a_replaced_result_file_is_not_read() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let yaml = "title: Forge\ndifficulty: easy\nlimits: {time: 1s, memory: 128MiB}\nsignature:\n  function: forge\n  params: [{name: target, type: string}, {name: how, type: string}]\n  returns: int\ntests:\n  - dir: tests\n";
    // The answers' final paths are known before the folder exists: the bank is made
    // first, then the tests are written into it.
    let (dir, p) = bank(&r, yaml, &[]);
    let secret = dir.path().join("secret.txt");
    let rows = [
        ("1-symlink", "symlink", None),
        ("2-hardlink", "hardlink", None),
        ("3-fifo", "fifo", None),
        ("4-secret", "symlink", Some(&secret)),
    ];
    for (name, how, target) in &rows {
        let ans = p.join(format!("tests/{name}.ans"));
        let target = target.cloned().unwrap_or_else(|| ans.clone());
        let input = format!("{}\n\"{how}\"\n", serde_json::to_string(&target).unwrap());
        std::fs::write(p.join(format!("tests/{name}.in")), input).unwrap();
        std::fs::write(&ans, "42\n").unwrap();
        chown(&p.join(format!("tests/{name}.in")), &r);
        chown(&ans, &r);
    }
    let before = snapshot(dir.path());
    let solution = stage(&r).fixtures.join("forge_result.py");
    for unsandboxed in [false, true] {
        let run = invoke(
            &r,
            &[
                "test".as_ref(),
                "--all".as_ref(),
                "--keep-going".as_ref(),
                "--json".as_ref(),
                p.as_os_str(),
                solution.as_os_str(),
            ],
            unsandboxed,
        );
        let report = run.report();
        let got = verdicts(&report);
        assert_eq!(got.len(), rows.len(), "{report:#}");
        for (name, verdict) in &got {
            assert_eq!(
                verdict, "WA",
                "{name} (unsandboxed {unsandboxed}): {report:#}"
            );
        }
        for t in report["tests"].as_array().unwrap() {
            let detail = t["detail"].as_str().unwrap_or("");
            assert!(
                detail.contains("found 7"),
                "the returned value is judged: {t}"
            );
        }
        assert!(!report.to_string().contains("SECRET"), "{report:#}");
        assert_eq!(snapshot(dir.path()), before, "the bank changed");
        run.check_clean(&r, "forge_result.py");
    }
}

/// Issue 13, class 1: names planted for the checker. `output.txt` as a symlink or hard
/// link to the answer, or a FIFO; `feedback` as a symlink to the answers' folder;
/// `feedback/judgemessage.txt` as a FIFO or a symlink to a secret. The checker runs in
/// a folder of its own: every test is WA, the bank is unchanged (no answer overwritten,
/// no message file beside it), no secret shown, no hang.
#[test]
fn names_planted_for_the_checker_are_not_used() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let fixtures = &stage(&r).fixtures;
    for (protocol, checker, modes) in [
        (
            "testlib",
            "checker_tokens_testlib.py",
            &["symlink", "hardlink", "fifo"][..],
        ),
        (
            "kattis",
            "checker_tokens_kattis.py",
            &["feedback_symlink", "feedback_fifo", "message_symlink"][..],
        ),
    ] {
        let yaml = format!(
            "title: Planted\ndifficulty: easy\nlimits: {{time: 1s, memory: 128MiB}}\nchecker: {{custom: {checker}, protocol: {protocol}}}\ntests:\n  - dir: tests\n"
        );
        let code = std::fs::read_to_string(fixtures.join(checker)).unwrap();
        let (dir, p) = bank(&r, &yaml, &[(checker, code)]);
        let secret = dir.path().join("secret.txt");
        for (i, mode) in modes.iter().enumerate() {
            let ans = p.join(format!("tests/{i}-{mode}.ans"));
            let target = if *mode == "message_symlink" {
                &secret
            } else {
                &ans
            };
            std::fs::write(&ans, "right\n").unwrap();
            let inp = p.join(format!("tests/{i}-{mode}.in"));
            std::fs::write(&inp, format!("{mode} {}\n", target.display())).unwrap();
            chown(&ans, &r);
            chown(&inp, &r);
        }
        let before = snapshot(dir.path());
        let solution = fixtures.join("plant_checker_files.c");
        for unsandboxed in [false, true] {
            let run = invoke(
                &r,
                &[
                    "test".as_ref(),
                    "--all".as_ref(),
                    "--keep-going".as_ref(),
                    "--json".as_ref(),
                    p.as_os_str(),
                    solution.as_os_str(),
                ],
                unsandboxed,
            );
            let report = run.report();
            let got = verdicts(&report);
            assert_eq!(got.len(), modes.len(), "{report:#}");
            for (name, verdict) in &got {
                assert_eq!(
                    verdict, "WA",
                    "{protocol} {name} (unsandboxed {unsandboxed}): {report:#}"
                );
            }
            assert!(!report.to_string().contains("SECRET"), "{report:#}");
            assert_eq!(snapshot(dir.path()), before, "{protocol}: the bank changed");
            run.check_clean(&r, protocol);
        }
    }
}

/// Issue 13, class 3: a run folder the program made read-only (0500, with 0000
/// subfolders and files) is removed all the same, and its symlinks to a folder
/// outside and to `..` are not followed.
#[test]
fn run_folders_are_removed_whatever_their_modes() {
    use std::os::unix::fs::PermissionsExt;
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let outside = owned_dir(&r, "hostile-outside-");
    std::fs::set_permissions(outside.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(outside.path().join("keep.txt"), "kept\n").unwrap();
    let inp = outside.path().join("in.txt");
    std::fs::write(&inp, format!("1 2 {}\n", outside.path().display())).unwrap();
    let ans = outside.path().join("ans.txt");
    std::fs::write(&ans, "3\n").unwrap();
    let fixture = stage(&r).fixtures.join("readonly_folder.c");
    for unsandboxed in [false, true] {
        let run = invoke(
            &r,
            &[
                "run".as_ref(),
                "--json".as_ref(),
                fixture.as_os_str(),
                "--input".as_ref(),
                inp.as_os_str(),
                "--expect".as_ref(),
                ans.as_os_str(),
            ],
            unsandboxed,
        );
        let report = run.report();
        assert_eq!(report["summary"]["verdict"], "AC", "{report:#}");
        run.check_clean(&r, "readonly_folder.c");
        let mode = std::fs::metadata(outside.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o7777, 0o755, "the folder outside was chmodded");
        assert_eq!(
            std::fs::read_to_string(outside.path().join("keep.txt")).unwrap(),
            "kept\n"
        );
    }
}

/// Issue 13, class 2: a program printing OSC 52 (clipboard), OSC 0 (title), a
/// screen clear, a C1 CSI and DEL on stdout and stderr. In every text display (`grind
/// run`'s output, the failure display of WA and RE, a checker's message quoting the
/// output) grind prints no raw control byte, and shows the sequences escaped.
#[test]
fn program_output_cannot_drive_the_terminal() {
    let _guard = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let r = runner();
    let io = owned_dir(&r, "hostile-io-");
    let (inp, exit_inp, ans) = (
        io.path().join("in.txt"),
        io.path().join("exit.txt"),
        io.path().join("ans.txt"),
    );
    std::fs::write(&inp, "1 2\n").unwrap();
    std::fs::write(&exit_inp, "1 2 exit\n").unwrap();
    std::fs::write(&ans, "3\n").unwrap();
    let fixture = stage(&r).fixtures.join("terminal_escapes.c");
    let yaml = "title: Echoing checker\ndifficulty: easy\nlimits: {time: 1s, memory: 128MiB}\nchecker: {custom: checker_tokens_testlib.py, protocol: testlib}\ntests:\n  - dir: tests\n";
    let code =
        std::fs::read_to_string(stage(&r).fixtures.join("checker_tokens_testlib.py")).unwrap();
    let (_bank, p) = bank(
        &r,
        yaml,
        &[
            ("checker_tokens_testlib.py", code),
            ("tests/1.in", "1 2\n".into()),
            ("tests/1.ans", "3\n".into()),
        ],
    );
    let f = fixture.as_os_str();
    let cases: Vec<(&str, Vec<&std::ffi::OsStr>, &str)> = vec![
        (
            "grind run, no answer",
            vec!["run".as_ref(), f, "--input".as_ref(), inp.as_os_str()],
            "",
        ),
        (
            "grind run, WA",
            vec![
                "run".as_ref(),
                f,
                "--input".as_ref(),
                inp.as_os_str(),
                "--expect".as_ref(),
                ans.as_os_str(),
            ],
            "your output",
        ),
        (
            "grind run, RE",
            vec![
                "run".as_ref(),
                f,
                "--input".as_ref(),
                exit_inp.as_os_str(),
                "--expect".as_ref(),
                ans.as_os_str(),
            ],
            "Runtime Error",
        ),
        (
            "checker message",
            vec!["test".as_ref(), "--all".as_ref(), p.as_os_str(), f],
            "checker: expected 3, found",
        ),
    ];
    for (what, args, needle) in cases {
        let run = invoke(&r, &args, false);
        let mut shown = run.stdout.clone();
        shown.extend_from_slice(&run.stderr);
        let text = String::from_utf8_lossy(&shown);
        assert!(
            run.code == 0 || run.code == 1,
            "{what}: exit {}: {text}",
            run.code
        );
        for (byte, name) in [(0x1b, "ESC"), (0x07, "BEL"), (0x7f, "DEL")] {
            assert!(
                !shown.contains(&byte),
                "{what}: a raw {name} reached the terminal: {text:?}"
            );
        }
        assert!(!text.contains('\u{9b}'), "{what}: a raw C1 CSI: {text:?}");
        assert!(
            text.contains("\\x1b]52;c;"),
            "{what}: shown escaped: {text}"
        );
        assert!(text.contains(needle), "{what}: {text}");
        run.check_clean(&r, what);
    }
}
