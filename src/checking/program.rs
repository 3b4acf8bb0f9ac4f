//! Checker programs: a problem's own checker, run in the sandbox on one output, with
//! its verdict read from its exit code (testlib 0/1/2/3, Kattis 42/43).
//!
//! The checker runs in a fresh folder that the solution never had: `output.txt` and
//! `feedback/` are created there (O_EXCL), so nothing grind writes goes through a
//! name the solution could have planted, and the checker's message is read with
//! [`read_untrusted`](crate::fsutil::read_untrusted).

use super::{Protocol, Rejection};
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::sandbox::{self, Request, Spawner, Step};
use std::path::Path;

/// The most of the checker's message file that is read.
const MESSAGE_CAP: u64 = 64 * 1024;

/// Runs a custom checker on one output, in a fresh folder made in `scratch`. `None`
/// means accepted.
pub fn run(
    spawner: &mut Spawner,
    checker: &Build,
    protocol: Protocol,
    args: &[String],
    test: &TestFiles,
    output: &crate::sandbox::Captured,
    scratch: &Path,
) -> Result<Option<Rejection>> {
    let folder = crate::fsutil::TempDir::new_in(scratch, "check-")
        .map_err(|e| Error::io("create a checker folder in", scratch, e))?;
    let work = folder.path();
    let out_file = work.join("output.txt");
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&out_file)
        .and_then(|mut f| output.copy_to(&mut f))
        .map_err(|e| Error::io("write", &out_file, e))?;
    let feedback = match test.feedback {
        Some(kept) => kept.to_path_buf(),
        None => {
            let made = work.join("feedback");
            std::fs::create_dir(&made).map_err(|e| Error::io("create", &made, e))?;
            made
        }
    };
    let files = Files {
        input: test.input,
        answer: test.answer,
        output: &out_file,
        feedback: &feedback,
    };
    let limits = sandbox::Limits {
        cpu_ms: 10_000,
        wall_ms: 20_000,
        memory_kib: 1 << 20,
        output_bytes: 1 << 20,
        file_bytes: 16 << 20,
        data_bytes: None,
    };
    let mut request = request(checker, protocol, args, &files, work, limits);
    if protocol == Protocol::Kattis {
        request.stdin = Some(out_file.clone());
    }
    let outcome = spawner.run(&request)?;
    Ok(verdict("checker", protocol, &outcome, &feedback))
}

/// One test's files for a checker: its feedback folder is new unless one is given (a
/// multi-pass test keeps one across its passes).
pub struct TestFiles<'a> {
    pub input: &'a Path,
    pub answer: &'a Path,
    pub feedback: Option<&'a Path>,
}

/// The files a judging program (a checker, an interactor) is given.
pub struct Files<'a> {
    pub input: &'a Path,
    pub answer: &'a Path,
    /// What the output is (a checker's), or where the program may write (testlib's).
    pub output: &'a Path,
    /// Kattis' feedback folder.
    pub feedback: &'a Path,
}

/// Runs a judging program in `work` as its protocol says: `INPUT OUTPUT ANSWER`
/// (testlib) or `INPUT ANSWER FEEDBACK_DIR` (Kattis), then `args`, able to read the
/// test's folders. Its stdin is /dev/null until the caller sets it (or its pipes).
pub fn request(
    build: &Build,
    protocol: Protocol,
    args: &[String],
    files: &Files,
    work: &Path,
    limits: sandbox::Limits,
) -> Request {
    let abs = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (input, answer) = (abs(files.input), abs(files.answer));
    let files_args: [&Path; 3] = match protocol {
        Protocol::Testlib => [&input, files.output, &answer],
        Protocol::Kattis => [&input, &answer, files.feedback],
    };
    let mut argv = build.run_argv(limits.memory_kib / 1024);
    argv.extend(files_args.iter().map(|p| p.to_string_lossy().into_owned()));
    argv.extend(args.iter().cloned());
    let mut read_paths = build.read_paths();
    read_paths.extend(
        [&input, &answer]
            .iter()
            .filter_map(|p| p.parent().map(Path::to_path_buf)),
    );
    let mut write_paths = vec![work.to_path_buf()];
    if !files.feedback.starts_with(work) {
        write_paths.push(files.feedback.to_path_buf());
    }
    Request {
        argv,
        env: build.env(work),
        cwd: work.to_path_buf(),
        stdin: None,
        result: None,
        limits,
        step: Step::Run,
        read_paths,
        write_paths,
        hide: vec![],
        pipes: None,
    }
}

/// What a checker's (or an interactor's, `what`) run says of the output, from its
/// exit code under `protocol` and its message (stderr, or Kattis' `judgemessage.txt`
/// in `feedback`). `None` is accepted.
pub fn verdict(
    what: &str,
    protocol: Protocol,
    outcome: &sandbox::Outcome,
    feedback: &Path,
) -> Option<Rejection> {
    let mut message = String::from_utf8_lossy(&outcome.stderr).trim().to_string();
    if let Ok(bytes) =
        crate::fsutil::read_untrusted(&feedback.join("judgemessage.txt"), MESSAGE_CAP)
        && let text = String::from_utf8_lossy(&bytes)
        && !text.trim().is_empty()
    {
        message = text.trim().to_string();
    }
    let message: String = message.lines().take(5).collect::<Vec<_>>().join(" | ");
    let failed = |why: String| {
        Some(Rejection::CheckerFailed(format!(
            "the {what} failed ({why}); this is a problem bug: {message}"
        )))
    };
    if outcome.spawn_error.is_some() || outcome.killed.is_some() || outcome.signal.is_some() {
        let why = outcome
            .spawn_error
            .clone()
            .or_else(|| outcome.killed.map(|k| format!("killed: {k:?}")))
            .or_else(|| outcome.signal.map(sandbox::signal_name))
            .unwrap_or_default();
        return failed(why);
    }
    let says = |message: &str| {
        if message.is_empty() {
            format!("rejected by the {what}")
        } else {
            format!("{what}: {message}")
        }
    };
    let code = outcome.exit_code.unwrap_or(-1);
    match (protocol, code) {
        (Protocol::Testlib, 0) | (Protocol::Kattis, 42) => None,
        (Protocol::Testlib, 1) | (Protocol::Kattis, 43) => Some(Rejection::wrong(says(&message))),
        // testlib's own message already starts with "presentation error" (or "wrong
        // output format"): it is not said twice.
        (Protocol::Testlib, 2)
            if message
                .to_ascii_lowercase()
                .starts_with("presentation error") =>
        {
            Some(Rejection::wrong(says(&message)))
        }
        (Protocol::Testlib, 2) => Some(Rejection::wrong(format!(
            "presentation error: {}",
            says(&message)
        ))),
        (_, code) => failed(format!("exit code {code}")),
    }
}
