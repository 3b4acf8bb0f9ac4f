//! The spawn helper: forks each program with its layers, supervises it (pipes, CPU,
//! memory, wall clock) and reports the outcome to grind over its stdout.
//!
//! The loop follows docs/sandbox.md §4.1: a pidfd tells when the child exits without reaping
//! it, so `/proc/<pid>` stays valid while polling; `wait4` gives the exact CPU time and
//! peak RSS; the whole process group is killed at the end, and pipes are drained with a
//! deadline, never to EOF, because a survivor may hold them open.
//!
//! In the run step the helper also gives the program a private read-only copy of its
//! input as stdin, polls the run folder's allocated blocks against `disk_cap`, and
//! hands over no descriptor beyond 0–2 (and 3, a function's result file). If grind dies
//! or the helper is interrupted, the helper kills the group running then and exits.

use super::layers::{self, Layers};
use super::{
    FRAME_ERROR, FRAME_LAYERS, FRAME_OUTCOME, FRAME_RESULT, FRAME_STARTED, FRAME_STDERR,
    FRAME_STDOUT, Kill, Outcome, Request, Step, write_frame,
};
use std::ffi::CString;
use std::fs::File;
use std::io::{BufRead, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const HELPER_ARG: &str = "__spawner";

/// How often CPU and memory are polled. `/proc` counts CPU in 10 ms ticks anyway.
const TICK: Duration = Duration::from_millis(10);
/// Group scans (compile step) walk all of /proc, so they run less often.
/// However busy the machine, a run ends after this many times its wall limit.
const BUSY_FACTOR: u32 = 10;
const GROUP_SCAN_EVERY: Duration = Duration::from_millis(100);
/// The longest pause between tries of a fork that failed with EAGAIN.
const FORK_PATIENCE: Duration = Duration::from_millis(320);
/// After the program ends, how long survivors may keep its pipes busy.
const DRAIN_DEADLINE: Duration = Duration::from_millis(200);

/// The helper's main loop: one request per line on stdin, frames on stdout.
pub fn serve() -> std::process::ExitCode {
    // Descriptors grind inherited from whoever started it are not the programs' business.
    layers::cloexec_from(3);
    // When grind dies (even by SIGKILL) or is interrupted, the program running now dies
    // with its whole group: a catchable death signal lets the helper kill the group
    // first (a compiler's children do not inherit the death signal).
    install_kill_handlers();
    layers::die_with_parent_by(libc::SIGTERM);
    layers::become_subreaper();
    // GRIND_UNSANDBOXED turns the optional layers off, for the benchmark's baseline;
    // GRIND_NO_LANDLOCK, GRIND_NO_SECCOMP or GRIND_NO_VIEWS only one layer, for the
    // tests and the benchmark (a kernel without it, or each layer's own cover).
    let layers = if std::env::var_os("GRIND_UNSANDBOXED").is_some() {
        Layers {
            landlock_note: Some("disabled by GRIND_UNSANDBOXED".into()),
            seccomp_note: Some("disabled by GRIND_UNSANDBOXED".into()),
            ..Layers::default()
        }
    } else {
        let mut layers = layers::probe();
        if std::env::var_os("GRIND_NO_LANDLOCK").is_some() {
            layers.landlock_abi = None;
            layers.landlock_note = Some("disabled by GRIND_NO_LANDLOCK".into());
        }
        if std::env::var_os("GRIND_NO_SECCOMP").is_some() {
            layers.seccomp = false;
            layers.seccomp_note = Some("disabled by GRIND_NO_SECCOMP".into());
        }
        layers
    };
    let filters = if layers.seccomp {
        layers::build_filters().ok()
    } else {
        None
    };
    let mut views = super::view::Views::default();
    for knob in ["GRIND_UNSANDBOXED", "GRIND_NO_VIEWS"] {
        if std::env::var_os(knob).is_some() {
            views.unavailable = Some(format!("disabled by {knob}"));
        }
    }
    let mut layers = layers;
    // SAFETY: fd 1 is our stdout pipe to grind; we own it for the process lifetime.
    let mut out = unsafe { File::from_raw_fd(1) };
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let result = match line.as_str() {
            "quit" => break,
            "layers" => {
                layers.views_note = views.probe();
                write_frame(
                    &mut out,
                    FRAME_LAYERS,
                    &serde_json::to_vec(&layers).unwrap_or_default(),
                )
            }
            _ => match serde_json::from_str::<Request>(&line) {
                Ok(request) => {
                    let filters = filters
                        .as_ref()
                        .map(|f| f.for_step(request.step))
                        .unwrap_or(&[]);
                    match run(&request, &layers, filters, &mut views, &mut out) {
                        Ok(outcome) => write_frame(
                            &mut out,
                            FRAME_OUTCOME,
                            &serde_json::to_vec(&outcome).unwrap_or_default(),
                        ),
                        Err(e) => write_frame(&mut out, FRAME_ERROR, e.as_bytes()),
                    }
                }
                Err(e) => write_frame(
                    &mut out,
                    FRAME_ERROR,
                    format!("bad request: {e}").as_bytes(),
                ),
            },
        };
        if result.is_err() {
            break;
        }
    }
    std::mem::forget(out);
    std::process::ExitCode::SUCCESS
}

/// The process group running now (0: none), for the signal handlers.
static RUNNING: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

extern "C" fn kill_running_and_exit(signal: libc::c_int) {
    let pid = RUNNING.load(std::sync::atomic::Ordering::SeqCst);
    // SAFETY: kill and _exit are async-signal-safe.
    unsafe {
        if pid > 0 {
            libc::kill(-pid, libc::SIGKILL);
            libc::kill(pid, libc::SIGKILL);
        }
        libc::_exit(128 + signal);
    }
}

fn install_kill_handlers() {
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: the handler only makes async-signal-safe calls.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = kill_running_and_exit as *const () as libc::sighandler_t;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signal, &action, std::ptr::null_mut());
        }
    }
}

fn pipe() -> Result<(OwnedFd, OwnedFd), String> {
    let mut fds = [0; 2];
    // SAFETY: fds is a valid array of two ints.
    #[cfg(target_os = "linux")]
    let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    // SAFETY: as above; the helper is single-threaded, so no exec can race the flags.
    #[cfg(not(target_os = "linux"))]
    let rc = unsafe {
        let rc = libc::pipe(fds.as_mut_ptr());
        for fd in fds {
            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
        }
        rc
    };
    if rc != 0 {
        return Err(format!("pipe: {}", std::io::Error::last_os_error()));
    }
    // SAFETY: the pipe's two fresh descriptors are ours.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn cstring(bytes: &[u8]) -> Result<CString, String> {
    CString::new(bytes).map_err(|_| "argument contains a NUL byte".to_string())
}

/// Spawns `/bin/true` with the given layers; Ok when it ran and exited 0.
#[cfg(target_os = "linux")]
pub fn try_layers(
    ruleset: Option<&layers::Ruleset>,
    filters: &mut [layers::Filter],
) -> Result<(), String> {
    let (err_r, err_w) = pipe()?;
    let argv = [cstring(b"/bin/true")?];
    let argv_ptrs = [argv[0].as_ptr(), std::ptr::null()];
    let envp: [*const libc::c_char; 1] = [std::ptr::null()];
    // SAFETY: the helper is single-threaded; the child only restricts itself and execs.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        drop(err_r);
        if let Err(e) = layers::restrict(ruleset, filters) {
            child_fail(err_w.as_raw_fd(), &e);
        }
        // SAFETY: argv/envp are NUL-terminated arrays of valid C strings.
        unsafe { libc::execve(argv_ptrs[0], argv_ptrs.as_ptr(), envp.as_ptr()) };
        child_fail(
            err_w.as_raw_fd(),
            &format!("exec: {}", std::io::Error::last_os_error()),
        );
    }
    drop(err_w);
    let mut message = String::new();
    let _ = File::from(err_r).read_to_string(&mut message);
    let mut status = 0;
    // SAFETY: pid is our child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    if !message.is_empty() {
        return Err(message);
    }
    if libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0 {
        Ok(())
    } else {
        Err(format!("probe exited with status {status}"))
    }
}

/// Reports a setup failure to the helper and ends the child.
fn child_fail(fd: RawFd, message: &str) -> ! {
    // SAFETY: writing a buffer we own to a pipe, then leaving without running destructors.
    unsafe {
        libc::write(fd, message.as_ptr().cast(), message.len());
        libc::_exit(127)
    }
}

struct Prepared {
    argv: Vec<CString>,
    envp: Vec<CString>,
    cwd: CString,
    stdin: OwnedFd,
    /// The FIFO stdout writes to, when the program talks to another.
    stdout: Option<OwnedFd>,
    result: Option<OwnedFd>,
    rlimits: Vec<(i32, u64, u64)>,
}

fn prepare(request: &Request) -> Result<Prepared, String> {
    let argv = request
        .argv
        .iter()
        .map(|a| cstring(a.as_bytes()))
        .collect::<Result<Vec<_>, _>>()?;
    if argv.is_empty() {
        return Err("empty command".into());
    }
    let envp = request
        .env
        .iter()
        .map(|(k, v)| cstring(format!("{k}={v}").as_bytes()))
        .collect::<Result<Vec<_>, _>>()?;
    let (stdin, stdout) = match (&request.pipes, &request.stdin) {
        (Some(pipes), _) => (
            open_fifo(&pipes.read, false)?,
            Some(open_fifo(&pipes.write, true)?),
        ),
        (None, None) => (
            File::open("/dev/null").map_err(|e| format!("cannot open /dev/null: {e}"))?,
            None,
        ),
        (None, Some(path)) if request.step == Step::Run => {
            (private_copy(path, &request.cwd)?, None)
        }
        (None, Some(path)) => (
            File::open(path)
                .map_err(|e| format!("cannot open stdin file {}: {e}", path.display()))?,
            None,
        ),
    };
    // Opened before the pipes, so no pipe the child still needs can be descriptor 3.
    // A new file (O_EXCL, no symlink followed), opened for reading too: the helper
    // keeps this descriptor and reads the result through it after the run.
    let result = match &request.result {
        Some(path) => {
            use std::os::unix::fs::OpenOptionsExt;
            Some(
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create_new(true)
                    .custom_flags(libc::O_NOFOLLOW)
                    .open(path)
                    .map_err(|e| format!("cannot create the result file {}: {e}", path.display()))?
                    .into(),
            )
        }
        None => None,
    };
    Ok(Prepared {
        argv,
        envp,
        cwd: cstring(request.cwd.as_os_str().as_bytes())?,
        stdin: stdin.into(),
        stdout: stdout.map(Into::into),
        result,
        rlimits: layers::rlimits(request),
    })
}

/// Opens one end of an interactive run's FIFO. The read end opens at once; the write
/// end waits (up to `FIFO_PATIENCE`) for the other side's helper to open its read end,
/// which each side does first, so neither waits for the other.
fn open_fifo(path: &Path, write: bool) -> Result<File, String> {
    use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
    let deadline = Instant::now() + FIFO_PATIENCE;
    let file = loop {
        let opened = std::fs::OpenOptions::new()
            .read(!write)
            .write(write)
            .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW)
            .open(path);
        match opened {
            Ok(file) => break file,
            Err(e) if e.raw_os_error() == Some(libc::ENXIO) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(e) => return Err(format!("cannot open the pipe {}: {e}", path.display())),
        }
    };
    let is_fifo = file.metadata().is_ok_and(|m| m.file_type().is_fifo());
    if !is_fifo {
        return Err(format!("{} is not a FIFO", path.display()));
    }
    // SAFETY: clearing O_NONBLOCK on a descriptor we own: the program blocks as on a pipe.
    unsafe {
        let flags = libc::fcntl(file.as_raw_fd(), libc::F_GETFL);
        libc::fcntl(file.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK);
    }
    Ok(file)
}

/// How long one side of an interactive run waits for the other to be there.
const FIFO_PATIENCE: Duration = Duration::from_secs(20);

/// A read-only descriptor on a copy of `path` that has no name, made in `dir` (the
/// run's folder): what the program does through its stdin (fchmod, futimens, xattrs,
/// inode flags) cannot reach the test's input file.
fn private_copy(path: &std::path::Path, dir: &std::path::Path) -> Result<File, String> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut source =
        File::open(path).map_err(|e| format!("cannot open stdin file {}: {e}", path.display()))?;
    let fail = |e: std::io::Error| format!("cannot copy the input into {}: {e}", dir.display());
    #[cfg(target_os = "linux")]
    let made = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .mode(0o600)
        .custom_flags(libc::O_TMPFILE)
        .open(dir)
        .map(|f| (f, None));
    #[cfg(not(target_os = "linux"))]
    let made: std::io::Result<(File, Option<std::path::PathBuf>)> =
        Err(std::io::ErrorKind::Unsupported.into());
    // Without O_TMPFILE (some file systems): a named file, unlinked once reopened.
    let (mut copy, named) = match made {
        Ok(made) => made,
        Err(_) => {
            let name = dir.join(format!(".grind-stdin-{}", std::process::id()));
            let file = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&name)
                .map_err(fail)?;
            (file, Some(name))
        }
    };
    std::io::copy(&mut source, &mut copy).map_err(fail)?;
    // A fresh read-only open of the copy, so the program cannot write to its input.
    let reopened = File::open(format!("/proc/self/fd/{}", copy.as_raw_fd()));
    if let Some(name) = named {
        let _ = std::fs::remove_file(name);
    }
    match reopened {
        Ok(file) => Ok(file),
        Err(_) => {
            use std::io::Seek;
            copy.rewind().map_err(fail)?;
            Ok(copy)
        }
    }
}

fn run(
    request: &Request,
    layers: &Layers,
    filters: &[layers::Filter],
    views: &mut super::view::Views,
    out: &mut File,
) -> Result<Outcome, String> {
    let prepared = prepare(request)?;
    let needed: Vec<&Path> = [request.cwd.as_path(), Path::new(&request.argv[0])]
        .into_iter()
        .chain(request.read_paths.iter().map(PathBuf::as_path))
        .chain(request.write_paths.iter().map(PathBuf::as_path))
        .collect();
    let view = views.for_run(&request.hide, &needed)?;
    let ruleset = match layers.landlock_abi {
        Some(_) => Some(layers::ruleset(request)?),
        None => None,
    };
    let (out_r, out_w) = pipe()?;
    let (err_r, err_w) = pipe()?;
    let (exec_r, exec_w) = pipe()?;
    let argv_ptrs: Vec<*const libc::c_char> = prepared
        .argv
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect();
    let envp_ptrs: Vec<*const libc::c_char> = prepared
        .envp
        .iter()
        .map(|a| a.as_ptr())
        .chain([std::ptr::null()])
        .collect();
    // SAFETY: getpid has no preconditions.
    let parent = unsafe { libc::getpid() };
    let failure_context = format!("cannot run {}", request.argv[0]);
    let mut child = Child {
        prepared: &prepared,
        argv: argv_ptrs.as_ptr(),
        envp: envp_ptrs.as_ptr(),
        out: prepared
            .stdout
            .as_ref()
            .map_or(out_w.as_raw_fd(), OwnedFd::as_raw_fd),
        err: err_w.as_raw_fd(),
        fail: exec_w.as_raw_fd(),
        parent,
        ruleset: ruleset.as_ref(),
        filters: filters.to_vec(),
        view,
    };
    let start = Instant::now();
    let pid = spawn_child(&mut child)?;
    RUNNING.store(pid, std::sync::atomic::Ordering::SeqCst);
    drop(child);
    let result_fd = prepared.result;
    // The helper keeps no end of the program's pipes: the other side sees EOF when
    // the program closes them.
    drop((out_w, err_w, exec_w, prepared.stdin, prepared.stdout));
    if request.pipes.is_some() {
        write_frame(out, FRAME_STARTED, &pid.to_le_bytes())
            .map_err(|e| format!("write to grind: {e}"))?;
    }
    let mut raw = Vec::new();
    let _ = File::from(exec_r).read_to_end(&mut raw);
    let mut errno = None;
    let exec_error = match raw.as_slice() {
        [] => String::new(),
        [b'E', a, b, c, d] => {
            let code = i32::from_le_bytes([*a, *b, *c, *d]);
            errno = Some(code);
            let err = std::io::Error::from_raw_os_error(code);
            format!("{failure_context}: {}", crate::error::io_cause(&err))
        }
        text => String::from_utf8_lossy(text).into_owned(),
    };
    let mut supervisor = Supervisor::new(pid, request, start, out_r, err_r);
    if !exec_error.is_empty() {
        let _ = supervisor.reap();
        RUNNING.store(0, std::sync::atomic::Ordering::SeqCst);
        return Ok(Outcome {
            spawn_error: Some(exec_error),
            spawn_errno: errno,
            ..Outcome::default()
        });
    }
    supervisor.watch(out)?;
    let mut outcome = supervisor.reap()?;
    supervisor.finish(out);
    RUNNING.store(0, std::sync::atomic::Ordering::SeqCst);
    // What was written between the last poll and the end counts too.
    if outcome.killed.is_none() && supervisor.over_disk_cap() {
        outcome.killed = Some(Kill::Disk);
    }
    outcome.wall_ms = start.elapsed().as_millis() as u64;
    if let Some(fd) = result_fd {
        // Everything of the program is dead now: read what it wrote to descriptor 3.
        let cap = request.limits.output_bytes;
        let (data, over) = read_result(&File::from(fd), cap);
        if over && outcome.killed.is_none() {
            outcome.killed = Some(Kill::Output);
        }
        write_frame(out, FRAME_RESULT, &data).map_err(|e| format!("write to grind: {e}"))?;
    }
    Ok(outcome)
}

/// Reads the result file from its start through the helper's own descriptor (the
/// program may have moved the offset, or renamed, replaced or linked the name: none
/// of that matters here). At most `cap` bytes; true when there were more.
fn read_result(file: &File, cap: u64) -> (Vec<u8>, bool) {
    use std::os::unix::fs::FileExt;
    let mut data = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    while let Ok(n) = file.read_at(&mut buf, data.len() as u64) {
        if n == 0 {
            break;
        }
        let room = (cap as usize).saturating_sub(data.len());
        if n > room {
            data.extend_from_slice(&buf[..room]);
            return (data, true);
        }
        data.extend_from_slice(&buf[..n]);
    }
    (data, false)
}

/// Everything the child needs, prepared by the helper before fork: the child only
/// makes system calls.
struct Child<'a> {
    prepared: &'a Prepared,
    argv: *const *const libc::c_char,
    envp: *const *const libc::c_char,
    out: RawFd,
    err: RawFd,
    fail: RawFd,
    parent: libc::pid_t,
    ruleset: Option<&'a layers::Ruleset>,
    /// A copy for this child: it writes its pid into it.
    filters: Vec<layers::Filter>,
    /// The view of the file system with the tests' folders hidden, if any.
    view: Option<&'a super::view::View>,
}

/// Starts the child with a plain `fork`. Not `clone(CLONE_VM | CLONE_VFORK)`, though it
/// would save ~0.1 ms: a child sharing the helper's memory starts its peak-RSS count at
/// the helper's size, and the memory figure must be the solution's own.
fn spawn_child(child: &mut Child) -> Result<libc::pid_t, String> {
    // A machine short of process ids for a moment (EAGAIN) gets a few tries, ~0.6 s in
    // all, before the judging fails.
    let mut pause = Duration::from_millis(10);
    let pid = loop {
        // SAFETY: the helper is single-threaded; the child only makes system calls and execs.
        let pid = unsafe { libc::fork() };
        let error = std::io::Error::last_os_error();
        if pid >= 0 || error.raw_os_error() != Some(libc::EAGAIN) || pause > FORK_PATIENCE {
            if pid < 0 {
                return Err(format!("fork: {error}"));
            }
            break pid;
        }
        std::thread::sleep(pause);
        pause *= 2;
    };
    if pid == 0 {
        child_main((child as *mut Child).cast());
    }
    Ok(pid)
}

extern "C" fn child_main(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` is the `Child` the helper passed, alive while it waits for us.
    let c = unsafe { &mut *arg.cast::<Child>() };
    let p = c.prepared;
    // SAFETY: system calls on our own process and descriptors, between clone and exec.
    unsafe {
        // Own session: no controlling terminal, and a group grind can kill whole.
        libc::setsid();
        layers::die_with_parent();
        if libc::getppid() != c.parent {
            libc::_exit(137);
        }
        libc::dup2(p.stdin.as_raw_fd(), 0);
        libc::dup2(c.out, 1);
        libc::dup2(c.err, 2);
        if let Some(result) = &p.result {
            // dup2 onto itself would keep close-on-exec; the descriptor is never 3 here
            // unless it already is, and then the flag is cleared.
            if result.as_raw_fd() == 3 {
                libc::fcntl(3, libc::F_SETFD, 0);
            } else {
                libc::dup2(result.as_raw_fd(), 3);
            }
        }
        // Nothing above what we hand over reaches the program (closed at exec, so the
        // failure pipe and the Landlock ruleset still work until then).
        layers::cloexec_from(if p.result.is_some() { 4 } else { 3 });
        if let Some(view) = c.view
            && !view.enter()
        {
            child_fail(
                c.fail,
                "cannot enter the view that hides the tests' folders",
            );
        }
        if libc::chdir(p.cwd.as_ptr()) != 0 {
            child_fail(c.fail, "cannot enter the run folder");
        }
        for &(resource, soft, hard) in &p.rlimits {
            let limit = libc::rlimit {
                rlim_cur: soft,
                rlim_max: hard,
            };
            libc::setrlimit(resource as _, &limit);
        }
        // Rust ignores SIGPIPE in its own processes; solutions get the default back.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    if layers::restrict(c.ruleset, &mut c.filters).is_err() {
        child_fail(c.fail, "the sandbox could not be applied");
    }
    // SAFETY: NUL-terminated arrays of valid C strings that outlive the call.
    unsafe { libc::execve(*c.argv, c.argv, c.envp) };
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    // No allocation here: the message is assembled by the helper from the errno.
    // SAFETY: writing plain bytes we own to a pipe, then leaving.
    unsafe {
        let code = errno.to_le_bytes();
        libc::write(c.fail, b"E".as_ptr().cast(), 1);
        libc::write(c.fail, code.as_ptr().cast(), 4);
        libc::_exit(127)
    }
}

struct Supervisor<'a> {
    pid: libc::pid_t,
    request: &'a Request,
    start: Instant,
    pidfd: Option<OwnedFd>,
    pipes: [Option<OwnedFd>; 2],
    bytes: [u64; 2],
    killed: Option<Kill>,
    peak_kib: u64,
    /// Per process, the longest time one of its threads has waited for a CPU (ns).
    waits: std::collections::HashMap<libc::pid_t, u64>,
    /// An interactive side's peer, whose time on or waiting for a CPU is excused, and
    /// its last reading.
    peer: Option<super::peer_clock::PeerWatch>,
    peer_wait: Duration,
    /// Output not yet forwarded, per stream. Small outputs travel with the outcome, so
    /// grind is woken once per run, not once per write.
    pending: [Vec<u8>; 2],
}

/// Forward buffered output once this much has gathered (the helper stays small).
const FORWARD_AT: usize = 64 * 1024;

impl<'a> Supervisor<'a> {
    fn new(
        pid: libc::pid_t,
        request: &'a Request,
        start: Instant,
        out: OwnedFd,
        err: OwnedFd,
    ) -> Self {
        for fd in [&out, &err] {
            // SAFETY: setting O_NONBLOCK on descriptors we own.
            unsafe {
                let flags = libc::fcntl(fd.as_raw_fd(), libc::F_GETFL);
                libc::fcntl(fd.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
            }
        }
        let pidfd = layers::pidfd(pid);
        Supervisor {
            pid,
            request,
            start,
            pidfd,
            pipes: [Some(out), Some(err)],
            bytes: [0, 0],
            killed: None,
            peak_kib: 0,
            waits: Default::default(),
            peer: request
                .pipes
                .as_ref()
                .and_then(|p| p.peer.as_ref())
                .and_then(|path| super::peer_clock::PeerWatch::open(path)),
            peer_wait: Duration::ZERO,
            pending: [Vec::new(), Vec::new()],
        }
    }

    fn kill_group(&mut self, why: Kill) {
        if self.killed.is_none() {
            self.killed = Some(why);
        }
        // SAFETY: signalling our child's process group; the child is not yet reaped, so
        // its pid (= pgid) cannot have been reused.
        unsafe {
            libc::kill(-self.pid, libc::SIGKILL);
            libc::kill(self.pid, libc::SIGKILL);
        }
    }

    /// Polls until the program exits or is killed. The wall-clock limit counts the
    /// time the program spends off the CPU by its own choice (sleeping, waiting for
    /// input): time spent waiting for a CPU on a busy machine is not counted, so a
    /// starved CPU-bound program is judged on its CPU time. `BUSY_FACTOR` × the wall
    /// limit of real time ends a run whatever the load.
    fn watch(&mut self, out: &mut File) -> Result<(), String> {
        let limits = &self.request.limits;
        let wall = Duration::from_millis(limits.wall_ms);
        let backstop = self.start + wall * BUSY_FACTOR;
        let group = self.request.step == Step::Compile;
        let mut next_check = self.start + TICK;
        let mut next_scan = self.start + GROUP_SCAN_EVERY;
        let tick = if self.pidfd.is_some() {
            TICK
        } else {
            Duration::from_millis(1)
        };
        loop {
            let now = Instant::now();
            let wall_end = (self.start + wall + self.excused()).min(backstop);
            let deadline = next_check.min(wall_end);
            let timeout = deadline.saturating_duration_since(now).min(tick);
            let exited = self.poll_once(timeout, out)?;
            if self.bytes[0] + self.bytes[1] > limits.output_bytes {
                self.kill_group(Kill::Output);
                return Ok(());
            }
            if exited {
                return Ok(());
            }
            let now = Instant::now();
            if now >= self.start + wall + self.excused() {
                // The waits may be stale: read them again before deciding.
                self.read_waits(group);
                if now >= self.start + wall + self.excused() || now >= backstop {
                    self.kill_group(Kill::Wall);
                    return Ok(());
                }
            }
            if now >= next_check {
                next_check = now + TICK;
                if self.over_disk_cap() {
                    self.kill_group(Kill::Disk);
                    return Ok(());
                }
                let usage = if group {
                    if now < next_scan {
                        continue;
                    }
                    next_scan = now + GROUP_SCAN_EVERY;
                    group_usage(self.pid)
                } else {
                    process_usage(self.pid)
                };
                if let Some(usage) = usage {
                    // Before the waits: they read a file per thread.
                    if usage.threads > super::MAX_THREADS {
                        self.kill_group(Kill::Threads);
                        return Ok(());
                    }
                    self.peak_kib = self.peak_kib.max(usage.rss_kib).max(usage.hwm_kib);
                    if usage.cpu_ms > limits.cpu_ms {
                        self.kill_group(Kill::Cpu);
                        return Ok(());
                    }
                    if self.peak_kib > limits.memory_kib {
                        self.kill_group(Kill::Memory);
                        return Ok(());
                    }
                }
                self.read_waits(group);
            }
        }
    }

    /// Whether the run's files take more disk than `disk_cap` (run step only: a
    /// compiler's folder holds the toolchain's caches too).
    fn over_disk_cap(&self) -> bool {
        self.request.step == Step::Run
            && disk_usage(&self.request.cwd, MAX_FILES)
                .is_none_or(|bytes| bytes > super::disk_cap(&self.request.limits))
    }

    /// Updates the run-queue waits of the program (of its whole group when `group`).
    fn read_waits(&mut self, group: bool) {
        let pids = if group {
            group_pids(self.pid)
        } else {
            vec![self.pid]
        };
        for pid in pids {
            if let Some(ns) = run_queue_wait_ns(pid) {
                let seen = self.waits.entry(pid).or_default();
                *seen = (*seen).max(ns);
            }
        }
        if let Some(peer) = &mut self.peer {
            self.peer_wait = peer.busy();
        }
    }

    /// Time the program waited for a CPU: per process its longest-waiting thread,
    /// summed over processes (a compile's are mostly one after another).
    fn waited(&self) -> Duration {
        Duration::from_nanos(self.waits.values().sum())
    }

    /// Real time not counted against the wall-clock limit: waiting for a CPU, and (an
    /// interactive side) the other side's time on or waiting for a CPU.
    fn excused(&self) -> Duration {
        self.waited() + self.peer_wait
    }

    /// One poll over the pidfd and the pipes; true when the program has exited.
    fn poll_once(&mut self, timeout: Duration, out: &mut File) -> Result<bool, String> {
        let mut fds: Vec<libc::pollfd> = Vec::with_capacity(3);
        for fd in self.pipes.iter().flatten().chain(self.pidfd.as_ref()) {
            fds.push(libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        // SAFETY: fds is a valid array of pollfd of the given length.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as _, timeout.as_millis() as i32) };
        if n < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("poll: {}", std::io::Error::last_os_error()));
        }
        self.drain(out)?;
        match &self.pidfd {
            Some(pidfd) => Ok(fds
                .iter()
                .any(|p| p.fd == pidfd.as_raw_fd() && p.revents != 0)),
            None => Ok(self.exited_without_reaping()),
        }
    }

    fn exited_without_reaping(&self) -> bool {
        // SAFETY: waitid with WNOWAIT only peeks at our child's state.
        unsafe {
            let mut info: libc::siginfo_t = std::mem::zeroed();
            libc::waitid(
                libc::P_PID,
                self.pid as _,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            ) == 0
                && info.si_pid() != 0
        }
    }

    /// Reads whatever the pipes hold now and forwards it to grind, counting bytes.
    fn drain(&mut self, out: &mut File) -> Result<(), String> {
        let mut buf = [0u8; 64 * 1024];
        for (i, kind) in [(0, FRAME_STDOUT), (1, FRAME_STDERR)] {
            while let Some(fd) = &self.pipes[i] {
                // SAFETY: reading into a buffer we own from a descriptor we own.
                let n = unsafe { libc::read(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
                if n > 0 {
                    let n = n as usize;
                    // Forward no more than the limit (+1 byte so grind sees the excess).
                    let room = (self.request.limits.output_bytes + 1)
                        .saturating_sub(self.bytes[0] + self.bytes[1]);
                    let keep = n.min(room as usize);
                    if keep > 0 {
                        self.pending[i].extend_from_slice(&buf[..keep]);
                        if self.pending[i].len() >= FORWARD_AT {
                            write_frame(out, kind, &self.pending[i])
                                .map_err(|e| format!("write to grind: {e}"))?;
                            self.pending[i].clear();
                        }
                    }
                    self.bytes[i] += n as u64;
                    if self.bytes[0] + self.bytes[1] > self.request.limits.output_bytes {
                        break;
                    }
                } else if n == 0 {
                    self.pipes[i] = None;
                } else {
                    break; // EAGAIN: nothing more for now
                }
            }
        }
        Ok(())
    }

    /// Reaps the program with `wait4` for exact CPU time and peak RSS.
    fn reap(&mut self) -> Result<Outcome, String> {
        if let Some(peer) = &mut self.peer {
            self.peer_wait = peer.busy();
        }
        let mut status = 0;
        // SAFETY: rusage is plain data; pid is our child, reaped exactly once here.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::wait4(self.pid, &mut status, 0, &mut usage) };
        if r < 0 {
            return Err(format!("wait4: {}", std::io::Error::last_os_error()));
        }
        let ms = |t: libc::timeval| t.tv_sec as u64 * 1000 + t.tv_usec as u64 / 1000;
        let maxrss_kib = if cfg!(target_os = "macos") {
            usage.ru_maxrss as u64 / 1024
        } else {
            usage.ru_maxrss as u64
        };
        let (exit_code, signal) = if libc::WIFSIGNALED(status) {
            (None, Some(libc::WTERMSIG(status)))
        } else {
            (Some(libc::WEXITSTATUS(status)), None)
        };
        Ok(Outcome {
            exit_code,
            signal,
            cpu_ms: ms(usage.ru_utime) + ms(usage.ru_stime),
            memory_kib: maxrss_kib.max(self.peak_kib),
            waited_ms: self.waited().as_millis() as u64,
            peer_wait_ms: self.peer_wait.as_millis() as u64,
            killed: self.killed,
            ..Outcome::default()
        })
    }

    /// After the program is reaped: kill what is left of its group and any orphan that
    /// was reparented to us, drain the pipes with a deadline, and reap everything.
    fn finish(&mut self, out: &mut File) {
        // SAFETY: the group may be gone already (ESRCH); that is fine.
        unsafe { libc::kill(-self.pid, libc::SIGKILL) };
        let deadline = Instant::now() + DRAIN_DEADLINE;
        while self.pipes.iter().any(Option::is_some) && Instant::now() < deadline {
            let _ = self.poll_pipes(deadline, out);
        }
        self.pipes = [None, None];
        for (i, kind) in [(0, FRAME_STDOUT), (1, FRAME_STDERR)] {
            if !self.pending[i].is_empty() {
                let _ = write_frame(out, kind, &self.pending[i]);
            }
        }
        self.pending = [Vec::new(), Vec::new()];
        reap_orphans(deadline + DRAIN_DEADLINE);
    }

    fn poll_pipes(&mut self, deadline: Instant, out: &mut File) -> Result<(), String> {
        let mut fds: Vec<libc::pollfd> = self
            .pipes
            .iter()
            .flatten()
            .map(|fd| libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            })
            .collect();
        let timeout = deadline
            .saturating_duration_since(Instant::now())
            .as_millis() as i32;
        // SAFETY: fds is a valid pollfd array.
        unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as _, timeout.max(1)) };
        self.drain(out)
    }
}

/// Reaps every child left (orphans reparented to the helper), killing survivors.
fn reap_orphans(deadline: Instant) {
    loop {
        let mut status = 0;
        // SAFETY: non-blocking reap of any of our children.
        let r = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
        if r > 0 {
            continue;
        }
        if r < 0 || Instant::now() >= deadline {
            return; // ECHILD: nothing left
        }
        // Children remain that escaped the group (possible only without seccomp).
        for pid in children_of(std::process::id() as i32) {
            // SAFETY: signalling a child of ours and its group.
            unsafe {
                libc::kill(-pid, libc::SIGKILL);
                libc::kill(pid, libc::SIGKILL);
            }
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// More files than this in a run's folder count as over the disk cap (and bound the
/// cost of the walk).
const MAX_FILES: usize = 10_000;

/// Allocated bytes (st_blocks) of everything under `dir`, without following links;
/// `None` when it holds more than `max_files` entries.
fn disk_usage(dir: &std::path::Path, max_files: usize) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let mut total = 0u64;
    let mut seen = 0usize;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            seen += 1;
            if seen > max_files {
                return None;
            }
            let Ok(meta) = entry.metadata() else { continue };
            total += meta.blocks() * 512;
            if meta.is_dir() {
                stack.push(entry.path());
            }
        }
    }
    Some(total)
}

/// Fields of /proc/PID/stat after the command name.
fn stat_fields(pid: i32) -> Option<Vec<u64>> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let rest = &text[text.rfind(')')? + 2..];
    // Field 3 (state) is a letter; the rest are numbers. Index 0 here is field 4 (ppid).
    Some(
        rest.split(' ')
            .skip(1)
            .map(|f| f.parse().unwrap_or(0))
            .collect(),
    )
}

fn clock_ticks() -> u64 {
    // SAFETY: sysconf has no preconditions.
    (unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).max(1) as u64
}

/// What a program uses at one poll.
struct Usage {
    cpu_ms: u64,
    rss_kib: u64,
    /// Peak resident memory, where the kernel keeps it (0 when not).
    hwm_kib: u64,
    threads: u64,
}

/// The usage of one process.
fn process_usage(pid: i32) -> Option<Usage> {
    let f = stat_fields(pid)?;
    let cpu_ms = (f[10] + f[11]) * 1000 / clock_ticks();
    let threads = f[16];
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
            .unwrap_or(0)
    };
    // Page tables are the program's memory too (a sparse touch of a huge mapping makes
    // gigabytes of them), though not part of its resident set.
    let tables = field("VmPTE:");
    Some(Usage {
        cpu_ms,
        rss_kib: field("VmRSS:") + tables,
        hwm_kib: field("VmHWM:") + tables,
        threads,
    })
}

/// The summed usage of every process in the group `pgid` (compile step: the work
/// happens in cc1plus, a grandchild of the g++ driver).
fn group_usage(pgid: i32) -> Option<Usage> {
    let page_kib = 4;
    let (mut cpu_ticks, mut rss_kib, mut threads) = (0, 0, 0);
    for pid in group_pids(pgid) {
        if let Some(f) = stat_fields(pid) {
            cpu_ticks += f[10] + f[11];
            rss_kib += f[20] * page_kib;
            threads += f[16];
        }
    }
    Some(Usage {
        cpu_ms: cpu_ticks * 1000 / clock_ticks(),
        rss_kib,
        hwm_kib: 0,
        threads,
    })
}

fn group_pids(pgid: i32) -> Vec<i32> {
    all_pids()
        .filter(|&pid| stat_fields(pid).is_some_and(|f| f[1] as i32 == pgid))
        .collect()
}

/// The longest any thread of `pid` has waited on a run queue (ns): the second field
/// of /proc/PID/task/TID/schedstat (kernels without schedstats give `None`).
fn run_queue_wait_ns(pid: i32) -> Option<u64> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    tasks
        .flatten()
        .filter_map(|task| {
            let text = std::fs::read_to_string(task.path().join("schedstat")).ok()?;
            text.split_whitespace().nth(1)?.parse().ok()
        })
        .max()
}

fn all_pids() -> impl Iterator<Item = i32> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
}

fn children_of(parent: i32) -> Vec<i32> {
    all_pids()
        .filter(|&pid| stat_fields(pid).is_some_and(|f| f[0] as i32 == parent))
        .collect()
}
