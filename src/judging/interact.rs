//! Interactive problems: the solution and the problem's interactor run at once, each
//! under its own spawn helper and sandbox, the stdout of each the stdin of the other
//! through grind, which records the exchange (FIFOs in a folder of grind's that
//! neither program can write to). The interactor's exit code gives the verdict; its
//! CPU time is not the solution's, nor counted against the solution's wall clock
//! (`sandbox::peer_clock`).

use super::transcript::{Side, Transcript};
use crate::checking::{Protocol, Rejection, program};
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::limits::RunLimits;
use crate::sandbox::peer_clock::{PeerPid, Relay};
use crate::sandbox::{self, Kill, Outcome, Pipes, Request, Spawner};
use crate::verdict::{Verdict, classify};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, Ordering};
use std::time::Duration;

/// A built interactor.
#[derive(Debug, Clone)]
pub struct Interactor {
    pub build: Box<Build>,
    pub protocol: Protocol,
    /// Given after the protocol's own arguments.
    pub args: Vec<String>,
}

/// How long a solution may keep running once the interactor has finished.
const GRACE: Duration = Duration::from_secs(1);

/// The interactor's own limits: generous, it is the problem's trusted program.
const INTERACTOR_CPU_MS: u64 = 10_000;
const INTERACTOR_MEMORY_KIB: u64 = 1 << 20;

/// One exchange: the solution's outcome, its verdict unless accepted, and the
/// transcript of what the two sides said.
pub struct Exchange {
    pub outcome: Outcome,
    pub verdict: Option<(Verdict, String)>,
    pub transcript: Option<String>,
}

/// Runs `solution` (a request made for a plain run of `test`) against the interactor
/// and judges the exchange. grind relays every byte between the two (four FIFOs), so
/// that it can show the exchange; neither program can reach the other's pipes.
pub fn run(
    spawner: &mut Spawner,
    peer: &mut Option<Spawner>,
    interactor: &Interactor,
    mut solution: Request,
    test: &program::TestFiles,
    scratch: &Path,
    limits: &RunLimits,
) -> Result<Exchange> {
    let folder = crate::fsutil::TempDir::new_in(scratch, "talk-")
        .map_err(|e| Error::io("create a folder in", scratch, e))?;
    let dir = folder.path();
    let path = |name: &str| dir.join(name);
    let from_solution = Fifo::new(&path("from-solution"), false)?;
    let to_solution = Fifo::new(&path("to-solution"), true)?;
    let from_interactor = Fifo::new(&path("from-interactor"), false)?;
    let to_interactor = Fifo::new(&path("to-interactor"), true)?;
    // The interactor's folder: its output file and Kattis feedback folder, made new
    // unless the test keeps one across passes.
    let work = dir.join("judge");
    let feedback = match test.feedback {
        Some(kept) => kept.to_path_buf(),
        None => work.join("feedback"),
    };
    std::fs::create_dir_all(&work).map_err(|e| Error::io("create", &work, e))?;
    std::fs::create_dir_all(&feedback).map_err(|e| Error::io("create", &feedback, e))?;
    let output = work.join("output.txt");
    std::fs::File::create_new(&output).map_err(|e| Error::io("create", &output, e))?;
    // Each side's supervisor learns the other's pid, to excuse its time on a CPU.
    let pid_file = |name: &str| {
        let at = path(name);
        PeerPid::create(&at).map_err(|e| Error::io("create", &at, e))
    };
    let (solution_pid, interactor_pid) = (pid_file("solution-pid")?, pid_file("interactor-pid")?);

    solution.stdin = None;
    solution.pipes = Some(Pipes {
        read: to_solution.path.clone(),
        write: from_solution.path.clone(),
        peer: Some(path("interactor-pid")),
    });
    let files = program::Files {
        input: test.input,
        answer: test.answer,
        output: &output,
        feedback: &feedback,
    };
    let judge = request(
        interactor,
        &files,
        &work,
        limits,
        Pipes {
            read: to_interactor.path.clone(),
            write: from_interactor.path.clone(),
            peer: Some(path("solution-pid")),
        },
    );
    if peer.is_none() {
        *peer = Some(Spawner::start()?);
    }
    let peer = peer.as_mut().expect("started");

    // grind holds the far end of each FIFO until the program that uses it runs: one
    // that starts first would otherwise read an end of input, or find no reader.
    let solution_holds = std::sync::Mutex::new(vec![from_solution.held, to_solution.held]);
    let interactor_holds = std::sync::Mutex::new(vec![from_interactor.held, to_interactor.held]);
    let release = |holds: &std::sync::Mutex<Vec<File>>| {
        holds.lock().map(|mut h| h.clear()).ok();
    };
    let transcript = std::sync::Mutex::new(Transcript::default());
    let group = AtomicI32::new(0);
    let interactor_ended = AtomicBool::new(false);
    let closed_first = AtomicBool::new(false);
    // Which side closed its output first (HUNG_UP_*): the other can only see its end
    // of input after grind relays it, so the order is exact on any load.
    let first_hang_up = AtomicU8::new(0);
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let (sol, judged) = std::thread::scope(|s| {
        let transcript = &transcript;
        let (solution_pid, interactor_pid) = (&solution_pid, &interactor_pid);
        let (interactor_ended, closed_first) = (&interactor_ended, &closed_first);
        let first_hang_up = &first_hang_up;
        let hang_up = move |side: u8| {
            let _ = first_hang_up.compare_exchange(0, side, Ordering::SeqCst, Ordering::SeqCst);
        };
        // Both sides' supervisors excuse the relays' time: a byte crosses both.
        let relaying = move |relay: Relay| {
            solution_pid.relay_started(relay);
            interactor_pid.relay_started(relay);
            move || {
                solution_pid.relay_ended(relay);
                interactor_pid.relay_ended(relay);
            }
        };
        s.spawn(move || {
            let ended = relaying(Relay::ToInteractor);
            let closed = relay(
                from_solution.file,
                to_interactor.file,
                Side::Solution,
                Some(transcript),
            );
            ended();
            if closed {
                hang_up(HUNG_UP_SOLUTION);
            }
            if closed && !interactor_ended.load(Ordering::SeqCst) {
                closed_first.store(true, Ordering::SeqCst);
            }
        });
        s.spawn(move || {
            let ended = relaying(Relay::ToSolution);
            if relay(
                from_interactor.file,
                to_solution.file,
                Side::Interactor,
                Some(transcript),
            ) {
                hang_up(HUNG_UP_INTERACTOR);
            }
            ended();
        });
        let (peer, judge, group) = (&mut *peer, &judge, &group);
        let (release, interactor_holds) = (&release, &interactor_holds);
        let judging = s.spawn(move || {
            let outcome = peer.run_watched(judge, &mut |pid| {
                interactor_pid.set(pid);
                release(interactor_holds)
            });
            interactor_pid.ended();
            interactor_ended.store(true, Ordering::SeqCst);
            // Ended (or never started): the other side must not wait on grind's ends.
            release(interactor_holds);
            // The solution gets a moment to finish on its own, then it is ended.
            let ended_by_us = finished.recv_timeout(GRACE).is_err();
            if ended_by_us {
                let pgid = group.load(Ordering::SeqCst);
                if pgid > 0 {
                    // SAFETY: signalling the solution's group, which is still running.
                    unsafe { libc::kill(-pgid, libc::SIGKILL) };
                }
            }
            (outcome, ended_by_us)
        });
        let sol = spawner.run_watched(&solution, &mut |pgid| {
            group.store(pgid, Ordering::SeqCst);
            solution_pid.set(pgid);
            release(&solution_holds);
        });
        solution_pid.ended();
        release(&solution_holds);
        let _ = done.send(());
        (sol, judging.join())
    });
    let sol = sol?;
    let (judge_outcome, ended_by_us) =
        judged.map_err(|_| Error::internal("the interactor's thread panicked"))?;
    let judge_outcome = judge_outcome?;
    let says = program::verdict("interactor", interactor.protocol, &judge_outcome, &feedback);
    let ended = End {
        by_us: ended_by_us,
        closed_first: closed_first.load(Ordering::SeqCst),
        solution_hung_up_first: first_hang_up.load(Ordering::SeqCst) == HUNG_UP_SOLUTION,
    };
    Ok(Exchange {
        verdict: decide(&sol, ended, says, limits),
        outcome: sol,
        transcript: transcript.into_inner().ok().and_then(Transcript::render),
    })
}

const HUNG_UP_SOLUTION: u8 = 1;
const HUNG_UP_INTERACTOR: u8 = 2;

/// How an exchange ended, as grind saw it.
#[derive(Clone, Copy)]
struct End {
    /// The solution outlived the interactor by the grace and was killed.
    by_us: bool,
    /// The solution closed its output (or ended) while the interactor still ran.
    closed_first: bool,
    /// The solution closed its output before the interactor closed its own.
    solution_hung_up_first: bool,
}

/// Copies what one side writes to the other, recording it. At the end of input the
/// far side gets its end of input; when the far side stops reading, grind stops
/// reading too, so the writer gets SIGPIPE as on a direct pipe. True when the writer
/// closed its end.
fn relay(
    mut from: File,
    mut to: impl Write,
    side: Side,
    transcript: Option<&std::sync::Mutex<Transcript>>,
) -> bool {
    block_sigpipe();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => return true,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        };
        if let Some(Ok(mut t)) = transcript.map(|t| t.lock()) {
            t.push(side, &buf[..n]);
        }
        if to.write_all(&buf[..n]).and_then(|()| to.flush()).is_err() {
            return false;
        }
    }
}

/// How long a live session (`grind run --live`) may last on the wall clock: a person
/// types slowly. The CPU limit is the usual one.
pub const LIVE_WALL_MS: u64 = 30 * 60 * 1000;

/// `grind run --live`: the solution talks to the person at the terminal (grind's
/// stdin and stdout), so they can play an interactive problem's judge by hand. The
/// end of grind's input (Ctrl-D) is the end of the solution's.
pub fn live(spawner: &mut Spawner, mut solution: Request, scratch: &Path) -> Result<Outcome> {
    let folder = crate::fsutil::TempDir::new_in(scratch, "live-")
        .map_err(|e| Error::io("create a folder in", scratch, e))?;
    let from_solution = Fifo::new(&folder.path().join("from-solution"), false)?;
    let to_solution = Fifo::new(&folder.path().join("to-solution"), true)?;
    solution.stdin = None;
    solution.pipes = Some(Pipes {
        read: to_solution.path.clone(),
        write: from_solution.path.clone(),
        peer: None,
    });
    let holds = std::sync::Mutex::new(vec![from_solution.held, to_solution.held]);
    let release = || {
        holds.lock().map(|mut h| h.clear()).ok();
    };
    let ended = AtomicBool::new(false);
    std::thread::scope(|s| {
        let ended = &ended;
        // The terminal shows the exchange as it happens: nothing to record.
        s.spawn(move || relay(from_solution.file, std::io::stdout(), Side::Solution, None));
        s.spawn(move || type_in(to_solution.file, ended));
        let outcome = spawner.run_watched(&solution, &mut |_| release());
        release();
        ended.store(true, Ordering::SeqCst);
        outcome
    })
}

/// Copies grind's stdin to the solution until either ends; polled, so that the
/// solution's end is noticed while the person types nothing.
fn type_in(mut to: File, ended: &AtomicBool) {
    block_sigpipe();
    let mut buf = vec![0u8; 64 * 1024];
    while !ended.load(Ordering::SeqCst) {
        let mut fds = libc::pollfd {
            fd: 0,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one pollfd on the stack; stdin's descriptor is grind's for its life.
        let ready = unsafe { libc::poll(&mut fds, 1, 100) };
        if ready <= 0 {
            continue;
        }
        // SAFETY: reading into a buffer we own, of its length.
        let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 || to.write_all(&buf[..n as usize]).is_err() {
            return;
        }
    }
}

/// grind keeps SIGPIPE's default (a closed `| head` ends it quietly); in a thread that
/// writes to a program, a write after the program has gone must be an error instead.
fn block_sigpipe() {
    // SAFETY: changing the calling thread's own signal mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// grind's end of one FIFO, and the other end, held until the program opens its own.
struct Fifo {
    path: PathBuf,
    file: File,
    held: File,
}

impl Fifo {
    /// A new FIFO of which grind keeps one end (the writing end when `grind_writes`).
    fn new(path: &Path, grind_writes: bool) -> Result<Fifo> {
        make_fifo(path)?;
        // The reading end first: opening for writing needs a reader there.
        let (file, held) = if grind_writes {
            let held = open(path, false)?;
            (open(path, true)?, held)
        } else {
            let file = open(path, false)?;
            (file, open(path, true)?)
        };
        set_blocking(&file);
        Ok(Fifo {
            path: path.to_path_buf(),
            file,
            held,
        })
    }
}

/// Opens a FIFO without waiting for its other end (for writing, a reader must be there).
fn open(path: &Path, write: bool) -> Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(!write)
        .write(write)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| Error::io("open the pipe", path, e))
}

fn set_blocking(file: &File) {
    use std::os::fd::AsRawFd;
    // SAFETY: clearing O_NONBLOCK on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
        libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK);
    }
}

/// The verdict of one exchange, the same whichever side the machine ran first: the
/// solution's own limits, then a crash of the solution by a signal, then what the
/// interactor says, except that a solution that closed its output first and then
/// kept running past the interactor's end is TLE (the rejection followed from its
/// silence), as is one still running after an acceptance. An exit code of the
/// solution after a rejection is a consequence (it read the end of its input); with
/// the interactor content it is RE. What the solution writes after the interactor
/// stopped reading is the interactor's business: one that wants nothing more reads
/// until end of input. These are the verdicts Kattis packages' submissions expect.
fn decide(
    sol: &Outcome,
    ended: End,
    says: Option<Rejection>,
    limits: &RunLimits,
) -> Option<(Verdict, String)> {
    let own = classify(sol, limits);
    if sol.killed.is_some() {
        return own.map(|(v, detail)| {
            if sol.killed == Some(Kill::Wall) {
                let hint = "the interactor was waiting for the solution to say more: if the solution was waiting for a reply, did it flush its output after each line?";
                (v, format!("{detail}; {hint}"))
            } else {
                (v, detail)
            }
        });
    }
    let broken_pipe = sol.signal == Some(libc::SIGPIPE);
    if sol.signal.is_some() && !broken_pipe && !ended.by_us {
        return own;
    }
    match says {
        Some(Rejection::CheckerFailed(detail)) => Some((Verdict::IE, detail)),
        // Its words stay out of the detail: a running mock shows a TLE's detail as is.
        Some(Rejection::Wrong { .. }) if ended.by_us && ended.closed_first => Some((
            Verdict::TLE,
            "the solution closed its output, then kept running after the interactor had finished"
                .into(),
        )),
        // The solution failed first and the interactor rejected the silence: a
        // run-time error, as Kattis and DOMjudge judge it.
        Some(Rejection::Wrong { .. })
            if ended.solution_hung_up_first && sol.exit_code.is_some_and(|c| c != 0) =>
        {
            own
        }
        Some(Rejection::Wrong { detail, .. }) => Some((Verdict::WA, detail)),
        None if ended.by_us => Some((
            Verdict::TLE,
            "the interactor had finished, but the solution kept running".into(),
        )),
        None if broken_pipe => None,
        None => own,
    }
}

fn request(
    interactor: &Interactor,
    files: &program::Files,
    work: &Path,
    limits: &RunLimits,
    pipes: Pipes,
) -> Request {
    let own = sandbox::Limits {
        cpu_ms: INTERACTOR_CPU_MS.max(limits.cpu_ms * 2),
        // It outlives a solution that waits forever (that one is killed first).
        wall_ms: limits.wall_ms + 5_000,
        memory_kib: INTERACTOR_MEMORY_KIB,
        output_bytes: 1 << 20,
        file_bytes: 16 << 20,
        data_bytes: None,
    };
    Request {
        pipes: Some(pipes),
        ..program::request(
            &interactor.build,
            interactor.protocol,
            &interactor.args,
            files,
            work,
            own,
        )
    }
}

fn make_fifo(path: &Path) -> Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| Error::internal(format!("a NUL in {}", path.display())))?;
    // SAFETY: a valid C string; mkfifo makes a new node or fails.
    if unsafe { libc::mkfifo(name.as_ptr(), 0o600) } != 0 {
        return Err(Error::io(
            "create the pipe",
            path,
            std::io::Error::last_os_error(),
        ));
    }
    Ok(())
}
