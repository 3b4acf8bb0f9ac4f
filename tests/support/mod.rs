//! What the integration-test binaries share: running the real `grind` binary the way
//! a user does, each in a fresh GRIND_HOME, with builds cached in one shared folder.
// Each test binary uses a part of this.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(path: &str) -> PathBuf {
    repo().join("tests/fixtures").join(path)
}

/// One invocation of grind, built fluently and run to completion.
pub struct Grind {
    cmd: Command,
    home: tempfile::TempDir,
    stdin: Option<Vec<u8>>,
}

pub struct Run {
    /// The GRIND_HOME (and working folder) of the run, kept until the Run is dropped.
    pub home: tempfile::TempDir,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

impl Grind {
    pub fn new(args: &[&str]) -> Grind {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_grind"));
        cmd.args(args)
            .env("GRIND_HOME", home.path())
            .env("GRIND_CACHE", shared_cache())
            .env("NO_COLOR", "1")
            .env_remove("GRIND_LANG")
            .env_remove("GRIND_PROBLEMS")
            .env_remove("COLUMNS")
            .current_dir(home.path());
        Grind {
            cmd,
            home,
            stdin: None,
        }
    }

    pub fn arg(mut self, arg: impl AsRef<std::ffi::OsStr>) -> Grind {
        self.cmd.arg(arg);
        self
    }

    pub fn args(mut self, args: &[&str]) -> Grind {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Grind {
        self.cmd.env(key, value);
        self
    }

    pub fn dir(mut self, dir: &Path) -> Grind {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, data: &[u8]) -> Grind {
        self.stdin = Some(data.to_vec());
        self
    }

    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Starts grind without waiting (stdout and stderr discarded).
    pub fn spawn(mut self) -> std::process::Child {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        self.cmd.spawn().expect("grind starts")
    }

    /// Starts grind without waiting, stdout and stderr kept for `wait_with_output`.
    pub fn spawn_captured(mut self) -> std::process::Child {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        self.cmd.spawn().expect("grind starts")
    }

    /// Starts grind with a pseudo-terminal as its stdin, stdout and stderr.
    pub fn spawn_on_terminal(mut self, terminal: std::os::fd::BorrowedFd) -> std::process::Child {
        let stdio = || Stdio::from(terminal.try_clone_to_owned().unwrap());
        self.cmd.stdin(stdio()).stdout(stdio()).stderr(stdio());
        self.cmd.spawn().expect("grind starts")
    }

    /// Starts grind with stdout piped, for commands that keep running.
    pub fn spawn_piped(mut self) -> std::process::Child {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        self.cmd.spawn().expect("grind starts")
    }

    pub fn run(mut self) -> Run {
        self.cmd.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        self.cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("grind runs");
        if let Some(data) = self.stdin.take() {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(&data).unwrap();
        }
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().unwrap();
        Run {
            home: self.home,
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// Runs and checks the exit code, showing everything on a mismatch.
    pub fn expect(self, code: i32) -> Run {
        let run = self.run();
        assert_eq!(
            run.code, code,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            run.stdout, run.stderr
        );
        run
    }
}

/// Lines of a running program's output, read on a thread, awaited with a deadline.
pub struct Lines {
    rx: std::sync::mpsc::Receiver<String>,
}

impl Lines {
    pub fn new(out: impl std::io::Read + Send + 'static) -> Lines {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        Lines { rx }
    }

    /// Reads lines until one contains `text`; false if the deadline passes first.
    pub fn until(&mut self, text: &str, within: std::time::Duration) -> bool {
        self.first_matching(text, within).is_some()
    }

    /// Reads lines until one contains `text` and returns it; None after the deadline.
    pub fn first_matching(&mut self, text: &str, within: std::time::Duration) -> Option<String> {
        let deadline = std::time::Instant::now() + within;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match self.rx.recv_timeout(left) {
                Ok(line) if line.contains(text) => return Some(line),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
        None
    }
}

/// Waits until `dir` holds an entry whose name starts with `prefix`.
pub fn wait_for_file_matching(dir: &Path, prefix: &str, within: std::time::Duration) {
    let deadline = std::time::Instant::now() + within;
    while std::time::Instant::now() < deadline {
        let found = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .any(|e| e.file_name().to_string_lossy().starts_with(prefix))
            })
            .unwrap_or(false);
        if found {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("nothing named {prefix}* appeared in {}", dir.display());
}

fn shared_cache() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("grind-cache");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A GRIND_HOME and a working folder that outlive single commands.
pub struct Desk {
    pub home: tempfile::TempDir,
    pub work: tempfile::TempDir,
}

impl Default for Desk {
    fn default() -> Desk {
        Desk {
            home: tempfile::tempdir().unwrap(),
            work: tempfile::tempdir().unwrap(),
        }
    }
}

impl Desk {
    pub fn new() -> Desk {
        Desk::default()
    }

    /// grind with this desk's GRIND_HOME, run in its working folder.
    pub fn grind(&self, args: &[&str]) -> Grind {
        Grind::new(args)
            .env("GRIND_HOME", self.home.path())
            .dir(self.work.path())
    }
}

/// A problem folder written into a temporary directory from its parts.
pub fn problem(yaml: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("problem-")
        .tempdir()
        .unwrap();
    std::fs::write(dir.path().join("problem.yaml"), yaml).unwrap();
    std::fs::write(dir.path().join("statement.md"), "# A test problem\n").unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// A new pseudo-terminal: the master (what a person at it reads and types) and the
/// terminal a program is given.
pub fn pty() -> (std::fs::File, std::os::fd::OwnedFd) {
    use std::os::fd::FromRawFd;
    let (mut master, mut slave) = (0, 0);
    // SAFETY: openpty fills two new descriptors, which are then owned here.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(rc, 0, "openpty");
    unsafe {
        (
            std::fs::File::from_raw_fd(master),
            std::os::fd::OwnedFd::from_raw_fd(slave),
        )
    }
}

/// The DOM of `page` after headless Chromium loaded it in a window `width` pixels wide.
pub fn chromium_dom(page: &Path, scratch: &Path, width: u32) -> String {
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!(
            "--user-data-dir={}",
            scratch.join("chromium").display()
        ))
        .arg(format!("--window-size={width},900"))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium is installed (.ci/run installs Debian's chromium)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Whether the page `html` fits a window `width` pixels wide in headless Chromium:
/// a copy of it with a probe that records whether anything is wider than the window.
pub fn fits_window(html: &str, scratch: &Path, width: u32) -> bool {
    let probe = scratch.join("probe.html");
    std::fs::write(
        &probe,
        html.replace(
            "</body>",
            "<script>document.body.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth));</script></body>",
        ),
    )
    .unwrap();
    chromium_dom(&probe, scratch, width).contains("data-overflow=\"false\"")
}
