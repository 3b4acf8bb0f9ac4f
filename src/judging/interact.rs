//! Interactive problems: the solution and the problem's interactor run at once, each
//! under its own spawn helper and sandbox, the stdout of each the stdin of the other
//! (two FIFOs in a folder of grind's that neither program can write to). The
//! interactor's exit code gives the verdict; its CPU time is not the solution's.

use crate::checking::{Protocol, Rejection, program};
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::limits::RunLimits;
use crate::problem::TestCase;
use crate::sandbox::{self, Kill, Outcome, Pipes, Request, Spawner};
use crate::verdict::{Verdict, classify};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

/// A built interactor.
#[derive(Debug, Clone)]
pub struct Interactor {
    pub build: Box<Build>,
    pub protocol: Protocol,
}

/// How long a solution may keep running once the interactor has finished.
const GRACE: Duration = Duration::from_secs(1);

/// The interactor's own limits: generous, it is the problem's trusted program.
const INTERACTOR_CPU_MS: u64 = 10_000;
const INTERACTOR_MEMORY_KIB: u64 = 1 << 20;

/// Runs `solution` (a request made for a plain run of `test`) against the interactor
/// and judges the exchange: the solution's outcome and, unless accepted, its verdict.
pub fn run(
    spawner: &mut Spawner,
    peer: &mut Option<Spawner>,
    interactor: &Interactor,
    mut solution: Request,
    test: &TestCase,
    scratch: &Path,
    limits: &RunLimits,
) -> Result<(Outcome, Option<(Verdict, String)>)> {
    let folder = crate::fsutil::TempDir::new_in(scratch, "talk-")
        .map_err(|e| Error::io("create a folder in", scratch, e))?;
    let dir = folder.path();
    let (to_solution, to_interactor) = (dir.join("to-solution"), dir.join("to-interactor"));
    // grind holds both FIFOs open (as reader and writer) until both programs run: a
    // program that starts first would otherwise read an end of input, or find no
    // reader, before the other is there.
    let mut held = Vec::new();
    for fifo in [&to_solution, &to_interactor] {
        make_fifo(fifo)?;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(fifo)
            .map_err(|e| Error::io("open the pipe", fifo, e))?;
        held.push(file);
    }
    let hold = std::sync::Mutex::new(held);
    // The interactor's folder: its output file and Kattis feedback folder, made new.
    let work = dir.join("judge");
    let feedback = work.join("feedback");
    std::fs::create_dir_all(&feedback).map_err(|e| Error::io("create", &feedback, e))?;
    let output = work.join("output.txt");
    std::fs::File::create_new(&output).map_err(|e| Error::io("create", &output, e))?;

    solution.stdin = None;
    solution.pipes = Some(Pipes {
        read: to_solution.clone(),
        write: to_interactor.clone(),
    });
    let judge = request(
        interactor,
        test,
        &work,
        &output,
        &feedback,
        limits,
        Pipes {
            read: to_interactor,
            write: to_solution,
        },
    );
    if peer.is_none() {
        *peer = Some(Spawner::start()?);
    }
    let peer = peer.as_mut().expect("started");

    let started = std::sync::atomic::AtomicUsize::new(0);
    let release = || {
        if started.fetch_add(1, Ordering::SeqCst) + 1 >= 2 {
            hold.lock().map(|mut h| h.clear()).ok();
        }
    };
    let group = AtomicI32::new(0);
    let (done, finished) = std::sync::mpsc::channel::<()>();
    let (sol, judged) = std::thread::scope(|s| {
        let (peer, judge, group, release, hold) = (&mut *peer, &judge, &group, &release, &hold);
        let judging = s.spawn(move || {
            let outcome = peer.run_watched(judge, &mut |_| release());
            // Ended (or never started): the other side must not wait on grind's ends.
            hold.lock().map(|mut h| h.clear()).ok();
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
            release();
        });
        hold.lock().map(|mut h| h.clear()).ok();
        let _ = done.send(());
        (sol, judging.join())
    });
    let sol = sol?;
    let (judge_outcome, ended_by_us) =
        judged.map_err(|_| Error::internal("the interactor's thread panicked"))?;
    let judge_outcome = judge_outcome?;
    let says = program::verdict("interactor", interactor.protocol, &judge_outcome, &feedback);
    let verdict = decide(&sol, ended_by_us, says, limits);
    Ok((sol, verdict))
}

/// The verdict of one exchange, the same whichever side the machine ran first: the
/// solution's own limits, then a crash of the solution by a signal, then what the
/// interactor says. An exit code of the solution after a rejection is a consequence
/// (it read the end of its input); with the interactor content it is RE.
fn decide(
    sol: &Outcome,
    ended_by_us: bool,
    says: Option<Rejection>,
    limits: &RunLimits,
) -> Option<(Verdict, String)> {
    let own = classify(sol, limits);
    if sol.killed.is_some() {
        return own.map(|(v, detail)| {
            if sol.killed == Some(Kill::Wall) {
                let hint = "the solution was waiting for the interactor, which was waiting for it: did you flush your output after each line?";
                (v, format!("{detail}; {hint}"))
            } else {
                (v, detail)
            }
        });
    }
    let broken_pipe = sol.signal == Some(libc::SIGPIPE);
    if sol.signal.is_some() && !broken_pipe && !ended_by_us {
        return own;
    }
    match says {
        Some(Rejection::CheckerFailed(detail)) => Some((Verdict::IE, detail)),
        Some(Rejection::Wrong { detail, .. }) => Some((Verdict::WA, detail)),
        None if ended_by_us => Some((
            Verdict::TLE,
            "the interactor had finished, but the solution kept running".into(),
        )),
        None if broken_pipe => Some((
            Verdict::WA,
            "the solution wrote more after the interactor had finished".into(),
        )),
        None => own,
    }
}

fn request(
    interactor: &Interactor,
    test: &TestCase,
    work: &Path,
    output: &Path,
    feedback: &Path,
    limits: &RunLimits,
    pipes: Pipes,
) -> Request {
    let answer = test
        .answer
        .clone()
        .unwrap_or_else(|| PathBuf::from("/dev/null"));
    let files = program::Files {
        input: &test.input,
        answer: &answer,
        output,
        feedback,
    };
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
        ..program::request(&interactor.build, interactor.protocol, &files, work, own)
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
