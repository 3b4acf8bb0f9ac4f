//! Running untrusted programs: the request/outcome types, and the client side of the
//! spawn helper.
//!
//! grind never forks solutions itself. Each judging worker starts one small helper
//! process (`grind __spawner`, exec'd fresh, so it holds a few MiB), and the helper
//! forks every compiler and solution. Two reasons (docs/sandbox.md §2.1): a child's
//! `ru_maxrss` starts from its parent's peak RSS, so the parent must stay small for the
//! memory figure to be the solution's own; and `PR_SET_PDEATHSIG` follows the thread
//! that forked, so the forking process must be single-threaded.

mod captured;
mod layers;
pub mod peer_clock;
mod supervise;
mod view;

pub use captured::{Captured, HEAD_BYTES};
pub use layers::{Layers, probe};
pub use supervise::{HELPER_ARG, serve};

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

/// Which rules apply: compilers may fork (g++ runs cc1plus), solutions may not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Compile,
    Run,
}

/// Limits of one spawn. CPU is enforced by polling; the rlimit is only a backstop.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Limits {
    pub cpu_ms: u64,
    pub wall_ms: u64,
    /// Peak resident memory; for `Step::Compile` summed over the process group.
    pub memory_kib: u64,
    /// stdout + stderr bytes.
    pub output_bytes: u64,
    /// Largest file the program may write in its folder (RLIMIT_FSIZE).
    pub file_bytes: u64,
    /// RLIMIT_DATA backstop; `None` for managed runtimes that reserve address space.
    pub data_bytes: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// argv[0] is an absolute path: the helper does not search PATH.
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cwd: PathBuf,
    /// A file for stdin; `None` is /dev/null. Never the user's terminal.
    pub stdin: Option<PathBuf>,
    /// A file the helper creates (O_EXCL, so it is new) and gives to the program as
    /// descriptor 3: the function-signature drivers write the result there, apart from
    /// stdout. After the run the helper reads it through its own descriptor, never by
    /// name, and returns it as `Outcome::result`.
    #[serde(default)]
    pub result: Option<PathBuf>,
    pub limits: Limits,
    pub step: Step,
    /// Folders the program may read and execute (besides the system ones).
    pub read_paths: Vec<PathBuf>,
    /// Folders the program may write (its box, and e.g. Go's build cache).
    pub write_paths: Vec<PathBuf>,
    /// Folders the program must not even name (the tests' folders, grind's state):
    /// empty in its view of the file system, where the kernel allows one (see
    /// `view`). A folder holding one the run needs is left as it is.
    #[serde(default)]
    pub hide: Vec<PathBuf>,
    /// Talk to another program instead of reading a file and being captured (an
    /// interactive problem's solution and its interactor): stdin and stdout are
    /// these FIFOs, and stdout is not captured.
    #[serde(default)]
    pub pipes: Option<Pipes>,
}

/// The two FIFOs of one side of an interactive run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pipes {
    /// Read as stdin.
    pub read: PathBuf,
    /// Written as stdout.
    pub write: PathBuf,
    /// A file with the pid of the program on the other side (`peer_clock`): its time
    /// on or waiting for a CPU is not counted against this side's wall-clock limit.
    #[serde(default)]
    pub peer: Option<PathBuf>,
}

/// Why the supervisor killed the program, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kill {
    Cpu,
    Wall,
    Memory,
    Output,
    /// The files in the run's folder took more than `disk_cap` blocks.
    Disk,
    /// The program had more than `MAX_THREADS` threads at once.
    Threads,
}

/// The most threads a program (a compiler: its whole group) may have at once. Each
/// takes a process id, and a machine has only `pid_max` of them (32768 by default):
/// a thread bomb would otherwise leave none for anything else. A JVM has about 20.
pub const MAX_THREADS: u64 = 256;

/// How much more than its output limit a run may keep on disk in its folder.
pub const DISK_GRACE: u64 = 64 << 20;

/// The most a run may keep on disk in its folder (allocated blocks, all files).
pub fn disk_cap(limits: &Limits) -> u64 {
    limits.output_bytes.saturating_add(DISK_GRACE)
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Outcome {
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kib: u64,
    /// Time the program was ready to run but waited for a CPU (a busy machine); not
    /// counted against the wall-clock limit.
    pub waited_ms: u64,
    /// An interactive side's peer's time on or waiting for a CPU (`Pipes::peer`);
    /// not counted against the wall-clock limit either.
    #[serde(default)]
    pub peer_wait_ms: u64,
    pub killed: Option<Kill>,
    /// The program could not be started (exec failed): a message for the user.
    pub spawn_error: Option<String>,
    /// The errno of a failed exec (ENOMEM: the program's image is over the memory
    /// backstop, an MLE).
    pub spawn_errno: Option<i32>,
    pub stdout_bytes: u64,
    pub stderr_bytes: u64,
    #[serde(skip)]
    pub stdout: Captured,
    /// The last `STDERR_KEEP` bytes of stderr.
    #[serde(skip)]
    pub stderr: Vec<u8>,
    /// What the program wrote to its result descriptor (`Request::result`), at most
    /// `output_bytes`; more is an output-limit kill.
    #[serde(skip)]
    pub result: Vec<u8>,
}

/// How much of stderr is kept for display (its end, where the error usually is).
pub const STDERR_KEEP: usize = 64 * 1024;

// Frames from the helper: a kind byte, a little-endian u32 length, the bytes.
const FRAME_STDOUT: u8 = 1;
const FRAME_STDERR: u8 = 2;
const FRAME_OUTCOME: u8 = 3;
const FRAME_ERROR: u8 = 4;
const FRAME_LAYERS: u8 = 5;
const FRAME_RESULT: u8 = 6;
/// The program started: its pid (= its process group), 4 bytes little-endian.
const FRAME_STARTED: u8 = 7;

/// A running spawn helper; one per judging worker.
pub struct Spawner {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Spawner {
    pub fn start() -> Result<Spawner> {
        // /proc/self/exe still works when the binary was replaced (rebuilt, upgraded)
        // while grind runs; the path current_exe() reads would then be gone.
        let exe = if cfg!(target_os = "linux") {
            std::path::PathBuf::from("/proc/self/exe")
        } else {
            std::env::current_exe()
                .map_err(|e| Error::internal(format!("cannot find grind's own executable: {e}")))?
        };
        let mut child = Command::new(exe)
            .arg(supervise::HELPER_ARG)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| Error::internal(format!("cannot start the spawn helper: {e}")))?;
        let input = child.stdin.take().expect("piped stdin");
        let output = BufReader::new(child.stdout.take().expect("piped stdout"));
        Ok(Spawner {
            child,
            input,
            output,
        })
    }

    /// Runs one program to completion under `request`'s limits.
    pub fn run(&mut self, request: &Request) -> Result<Outcome> {
        self.run_watched(request, &mut |_| {})
    }

    /// [`Spawner::run`], telling `started` the program's process group once it runs
    /// (so that another thread can end it: an interactor that has finished).
    pub fn run_watched(
        &mut self,
        request: &Request,
        started: &mut dyn FnMut(i32),
    ) -> Result<Outcome> {
        let line = serde_json::to_string(request).expect("request serialises");
        self.send(&line)?;
        let mut stdout = Captured::default();
        let mut stderr = Vec::new();
        let mut result = Vec::new();
        loop {
            let (kind, data) = self.frame()?;
            match kind {
                FRAME_STDOUT => {
                    let room = request.limits.output_bytes.saturating_sub(stdout.len());
                    let keep = &data[..data.len().min(room as usize)];
                    stdout.push(keep).map_err(|e| {
                        Error::internal(format!("cannot keep the program's output: {e}"))
                    })?;
                }
                FRAME_STDERR => {
                    stderr.extend_from_slice(&data);
                    if stderr.len() > 2 * STDERR_KEEP {
                        stderr.drain(..stderr.len() - STDERR_KEEP);
                    }
                }
                FRAME_RESULT => result = data,
                FRAME_STARTED if data.len() == 4 => {
                    started(i32::from_le_bytes([data[0], data[1], data[2], data[3]]));
                }
                FRAME_OUTCOME => {
                    let mut outcome: Outcome = serde_json::from_slice(&data).map_err(|e| {
                        Error::internal(format!("bad outcome from spawn helper: {e}"))
                    })?;
                    if stderr.len() > STDERR_KEEP {
                        stderr.drain(..stderr.len() - STDERR_KEEP);
                    }
                    outcome.stdout = stdout;
                    outcome.stderr = stderr;
                    outcome.result = result;
                    return Ok(outcome);
                }
                FRAME_ERROR => {
                    return Err(Error::internal(format!(
                        "spawn helper failed: {}",
                        String::from_utf8_lossy(&data)
                    )));
                }
                other => {
                    return Err(Error::internal(format!(
                        "unknown frame {other} from spawn helper"
                    )));
                }
            }
        }
    }

    /// The sandbox layers the helper found working (probed once, at its start).
    pub fn layers(&mut self) -> Result<Layers> {
        self.send("layers")?;
        match self.frame()? {
            (FRAME_LAYERS, data) => serde_json::from_slice(&data)
                .map_err(|e| Error::internal(format!("bad layers from spawn helper: {e}"))),
            (kind, _) => Err(Error::internal(format!(
                "unexpected frame {kind} from spawn helper"
            ))),
        }
    }

    fn send(&mut self, line: &str) -> Result<()> {
        writeln!(self.input, "{line}")
            .and_then(|_| self.input.flush())
            .map_err(|e| Error::internal(format!("spawn helper is gone: {e}")))
    }

    fn frame(&mut self) -> Result<(u8, Vec<u8>)> {
        let mut head = [0u8; 5];
        self.output
            .read_exact(&mut head)
            .map_err(|e| Error::internal(format!("spawn helper stopped answering: {e}")))?;
        let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let mut data = vec![0u8; len];
        self.output
            .read_exact(&mut data)
            .map_err(|e| Error::internal(format!("spawn helper stopped mid-frame: {e}")))?;
        Ok((head[0], data))
    }
}

impl Drop for Spawner {
    fn drop(&mut self) {
        // Closing its stdin ends the helper's loop; reap it so no zombie stays.
        let _ = self.send("quit");
        let _ = self.child.wait();
    }
}

/// Writes one frame; used by the helper.
fn write_frame(out: &mut impl Write, kind: u8, data: &[u8]) -> std::io::Result<()> {
    let mut head = [kind, 0, 0, 0, 0];
    head[1..].copy_from_slice(&(data.len() as u32).to_le_bytes());
    out.write_all(&head)?;
    out.write_all(data)
}

/// Signal names for verdict details.
pub fn signal_name(signal: i32) -> String {
    let name = match signal {
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGABRT => "SIGABRT",
        libc::SIGFPE => "SIGFPE",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGKILL => "SIGKILL",
        libc::SIGTERM => "SIGTERM",
        libc::SIGXCPU => "SIGXCPU",
        libc::SIGXFSZ => "SIGXFSZ",
        libc::SIGPIPE => "SIGPIPE",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGSYS => "SIGSYS",
        libc::SIGINT => "SIGINT",
        libc::SIGHUP => "SIGHUP",
        libc::SIGALRM => "SIGALRM",
        _ => return format!("signal {signal}"),
    };
    name.to_string()
}
