//! Running a build on a list of tests: runs them in parallel (one spawn helper per
//! worker), classifies each run, checks its output, and reports each result as it comes.

use super::interact::{self, Interactor};
use crate::checking::{self, Checker, Mismatch, Rejection};
use crate::compile::Build;
use crate::diff::Window;
use crate::error::{Error, Result};
use crate::limits::RunLimits;
use crate::problem::{self, TestCase};
use crate::sandbox::{self, Request, Spawner, Step};
use crate::signature::Signature;
use crate::verdict::{Verdict, classify};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

/// What every test of one judging shares.
pub struct Bench<'a> {
    pub build: &'a Build,
    pub limits: &'a problem::Limits,
    pub checker: &'a Checker,
    pub jobs: usize,
    /// Run every test even after a failure (submit always does).
    pub keep_going: bool,
    /// Keep each test's whole output in its result.
    pub keep_output: bool,
    /// The program an interactive problem's solution talks to.
    pub interactor: Option<&'a Interactor>,
    /// The program talks to the person at the terminal (`grind run --live`).
    pub live: bool,
    /// The most passes of one test (multi-pass problems; 1 for the others).
    pub passes: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    pub name: String,
    pub sample: bool,
    pub verdict: Verdict,
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kib: u64,
    pub exit_code: Option<i32>,
    pub signal: Option<String>,
    pub detail: String,
    #[serde(skip)]
    pub input: PathBuf,
    #[serde(skip)]
    pub answer: Option<PathBuf>,
    /// The first bytes of what is checked (stdout, or a function's returned value):
    /// at most [`sandbox::HEAD_BYTES`], for display.
    #[serde(skip)]
    pub output: Vec<u8>,
    /// The size of the whole of it.
    #[serde(skip)]
    pub output_bytes: u64,
    /// The whole of it, when the judging keeps it (`Judging::keep_output`).
    #[serde(skip)]
    pub captured: Option<sandbox::Captured>,
    /// The lines around the first difference, read when it was found.
    #[serde(skip)]
    pub window: Option<Window>,
    /// A function's own prints to stdout ("your output"); empty for programs. In JSON
    /// reports as `stdout`, when there is any.
    #[serde(
        rename = "stdout",
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "as_text"
    )]
    pub printed: Vec<u8>,
    /// `output` is a function's returned value (a function-signature build).
    #[serde(skip)]
    pub returned: bool,
    #[serde(skip)]
    pub stderr: Vec<u8>,
    #[serde(skip)]
    pub mismatch: Option<Mismatch>,
    /// An interactive run's exchange, bounded (`> ` sent, `< ` received).
    #[serde(skip)]
    pub transcript: Option<String>,
}

fn as_text<S: serde::Serializer>(bytes: &[u8], s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&String::from_utf8_lossy(bytes))
}

/// Runs the bench's build on `tests`; `on_result` sees each result as it finishes.
/// Results come back in test order; tests skipped after an early stop are left out.
pub fn run_all(
    bench: &Bench,
    tests: &[TestCase],
    spawner: Option<&mut Spawner>,
    mut on_result: impl FnMut(&TestResult),
) -> Result<Vec<TestResult>> {
    let scratch = crate::fsutil::temp_dir()?;
    let hide = &hidden_folders(tests);
    let jobs = bench.jobs.clamp(1, tests.len().max(1));
    if jobs == 1 {
        // One at a time: no worker thread, no hand-off per test.
        let mut own = None;
        let spawner = match spawner {
            Some(s) => s,
            None => own.insert(Spawner::start()?),
        };
        let mut peer = None;
        let mut results = Vec::new();
        for test in tests {
            let result = run_test(spawner, &mut peer, bench, test, scratch.path(), hide)?;
            on_result(&result);
            let failed = result.verdict != Verdict::AC;
            results.push(result);
            if failed && !bench.keep_going {
                break;
            }
        }
        return Ok(results);
    }
    // Workers take the next test from a shared counter, each with its own spawn helper.
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Result<TestResult>)>();
    let mut results: Vec<Option<TestResult>> = vec![None; tests.len()];
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, stop, scratch) = (&next, &stop, scratch.path());
            scope.spawn(move || {
                let mut peer = None;
                let mut spawner = match Spawner::start() {
                    Ok(s) => s,
                    Err(e) => {
                        let _ = tx.send((usize::MAX, Err(e)));
                        return;
                    }
                };
                loop {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(test) = tests.get(i) else { return };
                    let result = run_test(&mut spawner, &mut peer, bench, test, scratch, hide);
                    // Stop the others before they take another test.
                    if !bench.keep_going && result.as_ref().is_ok_and(|r| r.verdict != Verdict::AC)
                    {
                        stop.store(true, Ordering::SeqCst);
                    }
                    if tx.send((i, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        for (i, result) in rx {
            let result = match result {
                Ok(r) => r,
                Err(e) => {
                    stop.store(true, Ordering::SeqCst);
                    return Err(e);
                }
            };
            on_result(&result);
            results[i] = Some(result);
        }
        Ok(())
    })?;
    Ok(results.into_iter().flatten().collect())
}

/// The folders a solution must not see while these tests run: every folder holding
/// one of their inputs or answers, and grind's history of past cases.
fn hidden_folders(tests: &[TestCase]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = tests
        .iter()
        .flat_map(|t| [Some(&t.input), t.answer.as_ref()])
        .flatten()
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .chain([crate::paths::home()])
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

/// Runs and checks one test; `hide` as [`Request::hide`]. `peer` is a second spawn
/// helper, started when a test needs one (an interactor's).
pub fn run_test(
    spawner: &mut Spawner,
    peer: &mut Option<Spawner>,
    bench: &Bench,
    test: &TestCase,
    scratch: &Path,
    hide: &[PathBuf],
) -> Result<TestResult> {
    if bench.passes <= 1 {
        return run_pass(spawner, peer, bench, test, scratch, hide, None);
    }
    // A multi-pass test: the judge's (checker's or interactor's) feedback folder is kept
    // across passes, and the `nextpass.in` it writes there is the next pass's input.
    let folder = crate::fsutil::TempDir::new_in(scratch, "passes-")
        .map_err(|e| Error::io("create a folder in", scratch, e))?;
    let feedback = folder.path().join("feedback");
    std::fs::create_dir(&feedback).map_err(|e| Error::io("create", &feedback, e))?;
    let mut case = test.clone();
    let (mut cpu_ms, mut wall_ms, mut memory_kib) = (0, 0, 0);
    let mut pass = 1;
    loop {
        let mut result = run_pass(spawner, peer, bench, &case, scratch, hide, Some(&feedback))?;
        // The figures of the whole test: each pass has the time limit to itself.
        cpu_ms = result.cpu_ms.max(cpu_ms);
        memory_kib = result.memory_kib.max(memory_kib);
        wall_ms += result.wall_ms;
        (result.cpu_ms, result.memory_kib, result.wall_ms) = (cpu_ms, memory_kib, wall_ms);
        let input = std::mem::replace(&mut result.input, test.input.clone());
        let of = |what: String| {
            if pass == 1 {
                format!("pass 1 of {}: {what}", bench.passes)
            } else {
                let head = crate::fsutil::read_untrusted(&input, 120).unwrap_or_default();
                let head = String::from_utf8_lossy(&head);
                format!(
                    "pass {pass} of {}, on the input the judge wrote (`{}`): {what}",
                    bench.passes,
                    head.trim_end().replace('\n', "⏎")
                )
            }
        };
        if result.verdict != Verdict::AC {
            result.detail = of(result.detail);
            return Ok(result);
        }
        let next = feedback.join("nextpass.in");
        if !std::fs::symlink_metadata(&next).is_ok_and(|m| m.is_file()) {
            return Ok(result);
        }
        if pass == bench.passes {
            result.verdict = Verdict::IE;
            result.detail = of(format!(
                "the judge asked for another pass, but the problem allows {} (problem.yaml `passes`); this is a problem bug",
                bench.passes
            ));
            return Ok(result);
        }
        let moved = folder.path().join(format!("pass-{}.in", pass + 1));
        std::fs::rename(&next, &moved).map_err(|e| Error::io("move", &next, e))?;
        case.input = moved;
        pass += 1;
    }
}

/// One run of the solution on `test` and its judging. `feedback` is the checker's
/// (or interactor's) feedback folder to use, kept across the passes of a multi-pass
/// test; without it each judging gets a new one.
fn run_pass(
    spawner: &mut Spawner,
    peer: &mut Option<Spawner>,
    bench: &Bench,
    test: &TestCase,
    scratch: &Path,
    hide: &[PathBuf],
    feedback: Option<&Path>,
) -> Result<TestResult> {
    let build = bench.build;
    let answer_bytes = test
        .answer
        .as_ref()
        .and_then(|a| a.metadata().ok())
        .map_or(0, |m| m.len());
    let run_limits = RunLimits::new(bench.limits, &build.language, answer_bytes);
    // The solution's folder: after the run grind opens no name in it (results come
    // over descriptors opened before), and removes it whatever the program did to it.
    let work = crate::fsutil::TempDir::new_in(scratch, "run-")
        .map_err(|e| Error::io("create a run folder in", scratch, e))?;
    let memory_mib = run_limits.memory_kib / 1024;
    let mut result = TestResult {
        name: test.name.clone(),
        sample: test.sample,
        verdict: Verdict::AC,
        cpu_ms: 0,
        wall_ms: 0,
        memory_kib: 0,
        exit_code: None,
        signal: None,
        detail: String::new(),
        input: test.input.clone(),
        answer: test.answer.clone(),
        output: Vec::new(),
        output_bytes: 0,
        captured: None,
        window: None,
        printed: Vec::new(),
        returned: build.signature.is_some(),
        stderr: Vec::new(),
        mismatch: None,
        transcript: None,
    };
    // A function's input must match its signature before it runs: a bad test is the
    // problem's fault (IE), never the candidate's.
    if let Some(sig) = &build.signature
        && let Err(e) = check_input_once(sig, &test.input)?
    {
        result.verdict = Verdict::IE;
        result.detail = format!(
            "test {} does not match the signature, {e} (in a problem's own test, a bug of the problem: `grind check` reports it)",
            test.name
        );
        return Ok(result);
    }
    let result_file = build
        .signature
        .as_ref()
        .map(|_| work.path().join(".result"));
    let request = Request {
        argv: build.run_argv(memory_mib),
        env: build.env(work.path()),
        cwd: work.path().to_path_buf(),
        stdin: Some(test.input.clone()),
        result: result_file.clone(),
        limits: (&run_limits).into(),
        step: Step::Run,
        read_paths: build.read_paths(),
        write_paths: vec![work.path().to_path_buf()],
        hide: hide.to_vec(),
        pipes: None,
    };
    if bench.live {
        let live_limits = RunLimits {
            wall_ms: interact::LIVE_WALL_MS,
            ..run_limits
        };
        let request = Request {
            limits: (&live_limits).into(),
            ..request
        };
        let outcome = interact::live(spawner, request, scratch)?;
        record(&mut result, &outcome, build);
        if let Some((verdict, detail)) = classify(&outcome, &live_limits) {
            result.verdict = verdict;
            result.detail = detail;
        }
        return Ok(result);
    }
    if let Some(interactor) = bench.interactor {
        let no_answer = PathBuf::from("/dev/null");
        let files = checking::program::TestFiles {
            input: &test.input,
            answer: test.answer.as_ref().unwrap_or(&no_answer),
            feedback,
        };
        let exchange = interact::run(
            spawner,
            peer,
            interactor,
            request,
            &files,
            scratch,
            &run_limits,
        )?;
        record(&mut result, &exchange.outcome, build);
        result.transcript = exchange.transcript;
        if let Some((verdict, detail)) = exchange.verdict {
            result.verdict = verdict;
            result.detail = detail;
        }
        return Ok(result);
    }
    let outcome = spawner.run(&request)?;
    record(&mut result, &outcome, build);
    let mut outcome = sandbox::Outcome {
        stderr: result.stderr.clone(),
        ..outcome
    };
    if result_file.is_some() {
        // The function's value is checked; its prints are shown as "your output". The
        // value is what the helper read through its own descriptor of `.result`:
        // whatever the program did to the name afterwards is not looked at.
        result.printed = outcome.stdout.head().to_vec();
        outcome.stdout = sandbox::Captured::from_vec(std::mem::take(&mut outcome.result));
    }
    if let Some((verdict, detail)) = classify(&outcome, &run_limits) {
        result.verdict = verdict;
        result.detail = detail;
        // A build removed or changed in the cache while it was judged (an interpreter
        // finds no script, an exec finds no file) is grind's failure, not the program's.
        if matches!(verdict, Verdict::RE | Verdict::IE) && !build.is_intact() {
            result.verdict = Verdict::IE;
            result.detail = format!(
                "the build in grind's cache was removed or changed during judging ({}): not your program's fault; run again",
                result.detail
            );
        }
        keep_output(&mut result, outcome.stdout, bench.keep_output);
        return Ok(result);
    }
    match &test.answer {
        None => result.detail = "no expected output; not checked".into(),
        Some(answer) => {
            let checked = checking::check(
                spawner,
                bench.checker,
                &test.input,
                answer,
                &outcome.stdout,
                scratch,
                feedback,
            )?;
            match checked {
                None => {}
                Some(Rejection::Wrong { detail, mismatch }) => {
                    result.verdict = Verdict::WA;
                    result.detail = match (&build.signature, &mismatch) {
                        (Some(Signature::Class(class)), Some(m)) => {
                            std::fs::read_to_string(&test.input)
                                .ok()
                                .and_then(|input| {
                                    let at = m.path.as_deref()?;
                                    class.describe(&input, at, &m.expected, &m.found)
                                })
                                .unwrap_or(detail)
                        }
                        _ => detail,
                    };
                    result.window = mismatch
                        .as_ref()
                        .map(|m| Window::capture(outcome.stdout.reader(), answer, m));
                    result.mismatch = mismatch;
                }
                Some(Rejection::CheckerFailed(detail)) => {
                    result.verdict = Verdict::IE;
                    result.detail = detail;
                }
            }
        }
    }
    keep_output(&mut result, outcome.stdout, bench.keep_output);
    Ok(result)
}

/// The run's figures and its stderr (tidied of build paths) in `result`.
fn record(result: &mut TestResult, outcome: &sandbox::Outcome, build: &Build) {
    result.cpu_ms = outcome.cpu_ms;
    result.wall_ms = outcome.wall_ms;
    result.memory_kib = outcome.memory_kib;
    result.exit_code = outcome.exit_code;
    result.signal = outcome.signal.map(sandbox::signal_name);
    result.stderr = build.tidy(&outcome.stderr);
}

/// Keeps the head of `output` in `result` (the whole of it when `whole`).
fn keep_output(result: &mut TestResult, output: sandbox::Captured, whole: bool) {
    let head = output.head();
    result.output = head[..head.len().min(sandbox::HEAD_BYTES)].to_vec();
    result.output_bytes = output.len();
    result.captured = whole.then_some(output);
}

/// Inputs found valid in this process, by path, size and modification time: `grind
/// check` judges every solution on the same tests, and a large input need not be
/// parsed again for each.
type InputKey = (PathBuf, u64, std::time::SystemTime);
static VALID_INPUTS: std::sync::LazyLock<std::sync::Mutex<std::collections::HashSet<InputKey>>> =
    std::sync::LazyLock::new(Default::default);

/// Checks a test input against a signature, once per unchanged file.
pub fn check_input_once(
    sig: &crate::signature::Signature,
    input: &Path,
) -> Result<std::result::Result<(), crate::signature::InputError>> {
    let meta = input
        .metadata()
        .map_err(|e| Error::io("read the test input", input, e))?;
    let key = (
        input.to_path_buf(),
        meta.len(),
        meta.modified().unwrap_or(std::time::UNIX_EPOCH),
    );
    if VALID_INPUTS.lock().is_ok_and(|set| set.contains(&key)) {
        return Ok(Ok(()));
    }
    let text =
        std::fs::read_to_string(input).map_err(|e| Error::io("read the test input", input, e))?;
    let checked = sig.check_input(&text);
    if checked.is_ok()
        && let Ok(mut set) = VALID_INPUTS.lock()
    {
        set.insert(key);
    }
    Ok(checked)
}
