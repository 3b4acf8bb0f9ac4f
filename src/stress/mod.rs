//! Stress testing: random small tests from a generator, the solution judged against a
//! reference on each until one fails, then that input shrunk to a minimal failing one.
//! Every run is a real judging (sandbox, limits, checker); a shrink proposal counts
//! only when it is a valid input (shape, signature, validator, a reference that runs)
//! on which the solution still fails the same way.

mod shrink;
mod valid;

pub use crate::shape::{FormatLine, Shape};
pub use valid::InputRules;

use crate::checking::{Checker, CheckerSpec};
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::judging::{Interactor, Judge, Judging, TestResult};
use crate::problem::{Problem, TestCase};
use crate::units::{Dur, Size};
use crate::verdict::Verdict;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a stress run is told.
pub struct Options {
    /// The largest size passed to the generator (`--max-n`).
    pub max_n: u64,
    /// The first generator seed; try `i` uses `seed + i`.
    pub seed: u64,
    pub tries: Option<u64>,
    pub time: Duration,
    /// Hunt for the slowest input instead of a wrong one.
    pub tle: bool,
    /// The generator: the problem's unless given.
    pub generator: Option<PathBuf>,
    /// The reference: the problem's accepted solution unless given.
    pub against: Option<PathBuf>,
    /// Tests judged at once.
    pub jobs: usize,
}

impl Options {
    /// Whether the budget is used up after `tries` tests begun at `start`.
    fn spent(&self, tries: u64, start: Instant) -> bool {
        self.tries.is_some_and(|n| tries >= n) || start.elapsed() >= self.time
    }
}

/// Shrinking stops after judging this many proposals, or after this long.
const SHRINK_BUDGET: usize = 3000;
const SHRINK_TIME: Duration = Duration::from_secs(120);

/// A shrink under way: the input so far and the budget used.
struct Shrinking<'f, 'o> {
    found: &'f mut Found,
    judged: usize,
    until: Instant,
    on: &'o mut dyn FnMut(Event),
}

impl Shrinking<'_, '_> {
    fn spent(&self) -> bool {
        self.judged >= SHRINK_BUDGET || Instant::now() >= self.until
    }
}
/// Inputs are grown this way: a few tries per size, then 10% larger.
const TRIES_PER_SIZE: u64 = 3;

/// What a stress run reports while it works.
pub enum Event {
    Tried {
        tries: u64,
        size: u64,
        per_second: f64,
    },
    Shrinking {
        steps: usize,
        judged: usize,
        bytes: usize,
    },
}

/// A failing input, shrunk.
pub struct Found {
    pub result: TestResult,
    pub input: String,
    /// The reference's answer (none for an interactive problem or a checker alone).
    pub expected: Option<String>,
    pub original_input: String,
    pub shrink_steps: usize,
    pub shrink_judged: usize,
    pub tries: u64,
    /// The generator seed and size that made the original input.
    pub seed: u64,
    pub size: u64,
}

/// The slowest input a `--tle` hunt saw.
pub struct Slowest {
    pub result: TestResult,
    pub input: String,
    pub seed: u64,
    pub size: u64,
}

pub enum Outcome {
    Found(Box<Found>),
    Nothing {
        tries: u64,
        elapsed: Duration,
    },
    Slowest {
        slowest: Box<Slowest>,
        tries: u64,
        timed_out: bool,
    },
}

/// The size the generator is asked for on try `i`: 1, 1, 1, 2, 2, 2, ... then growing
/// by a tenth every few tries, at most `max`.
pub fn size_of_try(i: u64, max: u64) -> u64 {
    let linear = 1 + i / TRIES_PER_SIZE;
    let geometric = 1.1f64.powi((i / TRIES_PER_SIZE).min(1000) as i32) as u64;
    linear.max(geometric).min(max.max(1))
}

/// Everything a stress run judges with, built once.
pub struct Bench<'a> {
    problem: &'a Problem,
    solution: &'a Build,
    generator: (PathBuf, Build, Vec<String>),
    reference: Option<(PathBuf, Build)>,
    checker: Checker,
    interactor: Option<Interactor>,
    rules: InputRules,
    files: crate::fsutil::TempDir,
    made: AtomicU64,
}

/// How a program is run on a stress input.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Reference,
    Judged,
}

/// Whether an input is one the solution may be judged on, and what it does there.
enum Judged {
    /// Not a valid input: why.
    Invalid(String),
    /// The reference failed on it (or its answer was refused by the checker).
    ReferenceFailed(TestResult),
    Passed,
    Failed {
        result: TestResult,
        expected: Option<String>,
    },
}

impl<'a> Bench<'a> {
    /// Builds what the run needs: the generator, the reference, the checker, the
    /// validator. A missing generator or reference is a clear error.
    pub fn new(
        judge: &mut Judge,
        problem: &'a Problem,
        solution: &'a Build,
        options: &Options,
    ) -> Result<Bench<'a>> {
        let (program, args) = match &options.generator {
            Some(path) => (path.clone(), Vec::new()),
            None => {
                let source = problem
                    .meta
                    .tests
                    .iter()
                    .find_map(|t| t.generate.as_ref())
                    .ok_or_else(|| {
                        Error::new(format!("problem `{}` has no generator", problem.id)).help(
                            "write one that prints a random test for `SEED --max-n N` (every size at most N) and pass it with --gen gen.py, or add `tests: [{generate: {program: ..., seeds: [...]}}]` to problem.yaml",
                        )
                    })?;
                (problem.dir.join(&source.program), source.args.clone())
            }
        };
        let generator = judge.build_helper(&program, "generator", None)?;
        let signature = problem.meta.signature.as_ref();
        let reference = match (&options.against, &problem.meta.interactor) {
            (Some(path), _) => {
                let code = std::fs::read_to_string(path).unwrap_or_default();
                let mode = crate::signature::mode_for(signature, &code);
                Some((path.clone(), judge.build_helper(path, "reference", mode)?))
            }
            (None, Some(_)) => None,
            (None, None) => match crate::judging::reference_solution(problem, &judge.languages) {
                Ok(path) => {
                    let code = std::fs::read_to_string(&path).unwrap_or_default();
                    let mode = crate::signature::mode_for(signature, &code);
                    let build = judge.build_helper(&path, "accepted solution", mode)?;
                    Some((path, build))
                }
                // A custom checker can judge an answer on its own.
                Err(_) if matches!(problem.meta.checker, CheckerSpec::Custom { .. }) => None,
                Err(e) => {
                    return Err(e.help(format!(
                        "or pass your own correct (slow is fine) solution: grind stress {} FILE --against BRUTE",
                        problem.id
                    )));
                }
            },
        };
        Ok(Bench {
            problem,
            solution,
            generator: (program, generator, args),
            reference,
            checker: judge.checker(problem)?,
            interactor: judge.interactor(problem)?,
            rules: InputRules::of(judge, problem)?,
            files: crate::fsutil::temp_dir()?,
            made: Default::default(),
        })
    }

    /// The reference's file, for display.
    pub fn reference(&self) -> Option<&Path> {
        self.reference.as_ref().map(|(p, _)| p.as_path())
    }

    /// Tries generated inputs until one fails (then shrinks it), the budget ends, or
    /// (with `tle`) the slowest input is found.
    pub fn run(
        &self,
        judge: &mut Judge,
        options: &Options,
        on: &mut dyn FnMut(Event),
    ) -> Result<Outcome> {
        if options.tle {
            return self.hunt_slowest(judge, options, on);
        }
        let start = Instant::now();
        let out_of_budget = |tries: u64| options.spent(tries, start);
        // Workers take try numbers in order; the failure reported is the one of the
        // lowest number, so a seed gives the same result however many workers ran.
        let next = AtomicU64::new(0);
        let first_failure = AtomicU64::new(u64::MAX);
        let (tx, rx) = mpsc::channel::<(u64, u64, Result<(String, Judged)>)>();
        let mut done = 0;
        let mut failures: Vec<(u64, u64, String, Judged)> = Vec::new();
        let mut error: Option<(u64, Error)> = None;
        std::thread::scope(|scope| {
            for _ in 0..options.jobs.max(1) {
                let tx = tx.clone();
                let (next, first_failure) = (&next, &first_failure);
                let languages = judge.languages.clone();
                scope.spawn(move || {
                    let mut judge = match Judge::with_languages(languages) {
                        Ok(j) => j,
                        Err(e) => {
                            let _ = tx.send((0, 0, Err(e)));
                            return;
                        }
                    };
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= first_failure.load(Ordering::SeqCst) || out_of_budget(i) {
                            return;
                        }
                        let size = size_of_try(i, options.max_n);
                        let seed = options.seed.wrapping_add(i);
                        let judged = self.generate(&mut judge, seed, size).and_then(|input| {
                            // Every generated input is validated: one the problem does
                            // not allow is the generator's fault, found at once.
                            let judged = self.judge_input(&mut judge, &input)?;
                            Ok((input, judged))
                        });
                        if !matches!(judged, Ok((_, Judged::Passed))) {
                            first_failure.fetch_min(i, Ordering::SeqCst);
                        }
                        if tx.send((i, size, judged)).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(tx);
            for (i, size, judged) in rx {
                done += 1;
                on(Event::Tried {
                    tries: done,
                    size,
                    per_second: done as f64 / start.elapsed().as_secs_f64().max(1e-3),
                });
                match judged {
                    Ok((_, Judged::Passed)) => {}
                    Ok((input, judged)) => failures.push((i, size, input, judged)),
                    Err(e) => {
                        if error.as_ref().is_none_or(|(j, _)| i < *j) {
                            error = Some((i, e));
                        }
                    }
                }
            }
        });
        failures.sort_by_key(|f| f.0);
        let failure = failures.into_iter().next();
        if let Some((j, e)) = error
            && failure.as_ref().is_none_or(|f| j < f.0)
        {
            return Err(e);
        }
        let Some((i, size, input, judged)) = failure else {
            return Ok(Outcome::Nothing {
                tries: done,
                elapsed: start.elapsed(),
            });
        };
        let seed = options.seed.wrapping_add(i);
        let (result, expected) = match judged {
            Judged::Passed => unreachable!("only failures are kept"),
            Judged::Invalid(why) => return Err(self.generator_fault(seed, size, &input, &why)),
            Judged::ReferenceFailed(r) => return Err(self.reference_fault(&r, &input)),
            Judged::Failed { result, expected } => (result, expected),
        };
        let found = Found {
            original_input: input.clone(),
            input,
            result,
            expected,
            shrink_steps: 0,
            shrink_judged: 0,
            tries: i + 1,
            seed,
            size,
        };
        Ok(Outcome::Found(Box::new(self.shrink(
            judge,
            options.jobs,
            found,
            on,
        )?)))
    }

    /// `--tle`: sizes double every few tries; the input that took the most CPU time is
    /// kept, and the hunt ends at the first failure (a time limit, usually).
    fn hunt_slowest(
        &self,
        judge: &mut Judge,
        options: &Options,
        on: &mut dyn FnMut(Event),
    ) -> Result<Outcome> {
        let start = Instant::now();
        let mut slowest: Option<Slowest> = None;
        let mut tries = 0;
        let out_of_budget = |tries: u64| options.spent(tries, start);
        while !out_of_budget(tries) {
            let seed = options.seed.wrapping_add(tries);
            let size = (1u64 << (tries / TRIES_PER_SIZE).min(40)).min(options.max_n.max(1));
            let input = self.generate(judge, seed, size)?;
            tries += 1;
            on(Event::Tried {
                tries,
                size,
                per_second: tries as f64 / start.elapsed().as_secs_f64().max(1e-3),
            });
            let result = self.run_as(
                judge,
                Role::Judged,
                self.solution,
                &input,
                None,
                self.checker.clone(),
            )?;
            let failed = result.verdict != Verdict::AC;
            if failed
                || slowest
                    .as_ref()
                    .is_none_or(|s| result.cpu_ms > s.result.cpu_ms)
            {
                slowest = Some(Slowest {
                    result,
                    input,
                    seed,
                    size,
                });
            }
            if failed || (size >= options.max_n && tries % TRIES_PER_SIZE == 0) {
                break;
            }
        }
        let slowest = slowest.ok_or_else(|| {
            Error::new("no test was tried").help("give a --time or --tries above zero")
        })?;
        Ok(Outcome::Slowest {
            slowest: Box::new(slowest),
            tries,
            timed_out: out_of_budget(tries),
        })
    }

    /// Shrinks a failing input: proposals are judged in order (a batch at a time, one
    /// per worker); the first that still fails the same way becomes the input, and
    /// the next proposals come from it. Then each number's smallest failing value is
    /// searched for; both again until neither changes anything, or the budget is spent.
    fn shrink(
        &self,
        judge: &mut Judge,
        jobs: usize,
        mut found: Found,
        on: &mut dyn FnMut(Event),
    ) -> Result<Found> {
        // Each try of a time limit costs the limit: such failures are shown as found.
        if matches!(
            found.result.verdict,
            Verdict::TLE | Verdict::MLE | Verdict::OLE
        ) {
            return Ok(found);
        }
        let mut judges = Vec::new();
        for _ in 1..jobs.max(1) {
            judges.push(Judge::with_languages(judge.languages.clone())?);
        }
        let mut shrinking = Shrinking {
            found: &mut found,
            judged: 0,
            until: Instant::now() + SHRINK_TIME,
            on,
        };
        loop {
            let steps = shrinking.found.shrink_steps;
            self.shrink_by_proposals(judge, &mut judges, &mut shrinking)?;
            self.shrink_numbers(judge, &mut judges, &mut shrinking)?;
            if shrinking.found.shrink_steps == steps || shrinking.spent() {
                break;
            }
        }
        let judged = shrinking.judged;
        found.shrink_judged = judged;
        Ok(found)
    }

    fn shrink_by_proposals(
        &self,
        judge: &mut Judge,
        judges: &mut [Judge],
        s: &mut Shrinking,
    ) -> Result<()> {
        let mut from = 0;
        'again: loop {
            let proposals = self.proposals(&s.found.input);
            let mut i = from;
            while i < proposals.len() && !s.spent() {
                let mut batch = Vec::new();
                while i < proposals.len() && batch.len() <= judges.len() {
                    if shrink::shortlex_less(&proposals[i], &s.found.input) {
                        batch.push(i);
                    }
                    i += 1;
                }
                let texts: Vec<&str> = batch.iter().map(|&j| proposals[j].as_str()).collect();
                if let Some(k) = self.first_failing(judge, judges, s, &texts)? {
                    // Go on from about the same place in the new proposals.
                    from = batch[k];
                    continue 'again;
                }
            }
            return Ok(());
        }
    }

    /// Each integer moved as close to zero as it can while the solution still fails:
    /// zero, else a search between zero and its value that splits the range in as
    /// many parts as there are workers, plus one. Equal numbers first move together
    /// (a bug about duplicates stays a bug about duplicates), then each on its own.
    fn shrink_numbers(
        &self,
        judge: &mut Judge,
        judges: &mut [Judge],
        s: &mut Shrinking,
    ) -> Result<()> {
        let values = |s: &Shrinking| -> Vec<Option<i64>> {
            self.number_spans(&s.found.input)
                .iter()
                .map(|&(a, b)| s.found.input[a..b].parse().ok())
                .collect()
        };
        let first = values(s);
        let mut targets: Vec<Vec<usize>> = Vec::new();
        for (i, v) in first.iter().enumerate() {
            let same: Vec<usize> = (0..first.len()).filter(|&j| first[j] == *v).collect();
            if v.is_some() && same.len() > 1 && same[0] == i {
                targets.push(same);
            }
        }
        targets.extend((0..first.len()).map(|i| vec![i]));
        for places in targets {
            // The numbers' places are found again each time: the text around them
            // changes with each success.
            let Some(Some(value)) = values(s).get(places[0]).copied() else {
                continue;
            };
            let with = |s: &Shrinking, x: u64| {
                let spans = self.number_spans(&s.found.input);
                let mut text = s.found.input.clone();
                for &i in places.iter().rev() {
                    let (a, b) = spans[i];
                    text.replace_range(a..b, &(value.signum() * x as i64).to_string());
                }
                text
            };
            let (mut lo, mut hi) = (0u64, value.unsigned_abs());
            if hi > 0 && !s.spent() {
                let zero = with(s, 0);
                if self.first_failing(judge, judges, s, &[&zero])?.is_some() {
                    hi = 0;
                }
            }
            // lo passes, hi fails.
            while hi - lo > 1 && !s.spent() {
                let parts = (judges.len() as u64 + 2).min(hi - lo);
                let points: Vec<u64> = (1..parts).map(|k| lo + (hi - lo) * k / parts).collect();
                let texts: Vec<String> = points.iter().map(|&x| with(s, x)).collect();
                let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
                match self.first_failing(judge, judges, s, &refs)? {
                    Some(k) => {
                        hi = points[k];
                        lo = if k > 0 { points[k - 1] } else { lo };
                    }
                    None => lo = *points.last().expect("at least one point"),
                }
            }
        }
        Ok(())
    }

    /// Judges `candidates` at once (the first on `judge`, the others on `judges`);
    /// the first that fails the way the input did becomes the input. Its index.
    fn first_failing(
        &self,
        judge: &mut Judge,
        judges: &mut [Judge],
        s: &mut Shrinking,
        candidates: &[&str],
    ) -> Result<Option<usize>> {
        if candidates.is_empty() {
            return Ok(None);
        }
        s.judged += candidates.len();
        (s.on)(Event::Shrinking {
            steps: s.found.shrink_steps,
            judged: s.judged,
            bytes: s.found.input.len(),
        });
        let (first, rest) = candidates.split_first().expect("not empty");
        let judged: Vec<Result<Judged>> = std::thread::scope(|scope| {
            let others: Vec<_> = rest
                .iter()
                .zip(judges.iter_mut())
                .map(|(c, j)| scope.spawn(move || self.judge_input(j, c)))
                .collect();
            let mut all = vec![self.judge_input(judge, first)];
            all.extend(
                others
                    .into_iter()
                    .map(|h| h.join().expect("a judging thread panicked")),
            );
            all
        });
        for (k, judged) in judged.into_iter().enumerate() {
            if let Judged::Failed { result, expected } = judged?
                && same_failure(&result, &s.found.result)
            {
                s.found.input = candidates[k].to_string();
                s.found.result = result;
                s.found.expected = expected;
                s.found.shrink_steps += 1;
                return Ok(Some(k));
            }
        }
        Ok(None)
    }

    fn number_spans(&self, input: &str) -> Vec<(usize, usize)> {
        if self.problem.meta.signature.is_some() {
            return shrink::number_spans(input, None);
        }
        let layout = match &self.rules.shape {
            Some(shape) => shape.layout(input),
            None => crate::shape::free_layout(input),
        };
        layout
            .map(|l| shrink::number_spans(input, Some(&l)))
            .unwrap_or_default()
    }

    fn proposals(&self, input: &str) -> Vec<String> {
        if self.problem.meta.signature.is_some() {
            return shrink::json_proposals(input);
        }
        let layout = match &self.rules.shape {
            Some(shape) => shape.layout(input),
            None => crate::shape::free_layout(input),
        };
        layout.map(|l| shrink::proposals(&l)).unwrap_or_default()
    }

    /// Judges the solution on `input` against the reference's answer, once the input
    /// is known valid (shape, signature, validator).
    fn judge_input(&self, judge: &mut Judge, input: &str) -> Result<Judged> {
        if let Some(why) = self.invalid(judge, input)? {
            return Ok(Judged::Invalid(why));
        }
        let expected = match &self.reference {
            Some((_, build)) => {
                let result = self.run_as(
                    judge,
                    Role::Reference,
                    build,
                    input,
                    None,
                    Checker::tokens(false),
                )?;
                if result.verdict != Verdict::AC {
                    return Ok(Judged::ReferenceFailed(result));
                }
                let out = match &result.captured {
                    Some(c) => c.to_vec().map_err(|e| Error::internal(e.to_string()))?,
                    None => Vec::new(),
                };
                Some(String::from_utf8_lossy(&out).into_owned())
            }
            None => None,
        };
        let result = self.run_as(
            judge,
            Role::Judged,
            self.solution,
            input,
            expected.as_deref(),
            self.checker.clone(),
        )?;
        if result.verdict == Verdict::AC {
            return Ok(Judged::Passed);
        }
        // A custom checker that refuses the reference's own answer: the reference's (or
        // the checker's) fault, not the solution's.
        if let (Some(answer), Some((_, build)), Checker::Program { .. }) =
            (&expected, &self.reference, &self.checker)
        {
            let own = self.run_as(
                judge,
                Role::Judged,
                build,
                input,
                Some(answer),
                self.checker.clone(),
            )?;
            if own.verdict != Verdict::AC {
                return Ok(Judged::ReferenceFailed(own));
            }
        }
        Ok(Judged::Failed { result, expected })
    }

    /// What the problem's rules say is wrong with `input` (nothing when valid).
    fn invalid(&self, judge: &mut Judge, input: &str) -> Result<Option<String>> {
        let path = self.write("in", input)?;
        let why = self.rules.why_invalid(judge, &path, input);
        let _ = std::fs::remove_file(&path);
        why
    }

    fn generate(&self, judge: &mut Judge, seed: u64, size: u64) -> Result<String> {
        let (program, build, args) = &self.generator;
        let mut args = args.clone();
        args.extend(["--max-n".to_string(), size.to_string()]);
        let data = crate::judging::run_generator(judge.spawner(), build, program, seed, &args)?;
        let bytes = data.to_vec().map_err(|e| Error::internal(e.to_string()))?;
        String::from_utf8(bytes).map_err(|_| {
            Error::new(format!(
                "generator {} printed bytes that are not UTF-8 (seed {seed}, --max-n {size})",
                program.display()
            ))
        })
    }

    /// Runs `build` on `input`: as the reference (its output kept, ten times the time
    /// limit, compared with nothing: the solution's speed is judged, not its), or
    /// judged as a solution (the problem's limits, `checker`, the interactor).
    fn run_as(
        &self,
        judge: &mut Judge,
        role: Role,
        build: &Build,
        input: &str,
        expected: Option<&str>,
        checker: Checker,
    ) -> Result<TestResult> {
        let (limits, interactor) = match role {
            Role::Reference => (
                crate::problem::Limits {
                    time: Dur(self.problem.time_limit() * 10),
                    memory: Size(self.problem.memory_limit().max(1 << 30)),
                    output: None,
                },
                None,
            ),
            Role::Judged => (self.problem.meta.limits.clone(), self.interactor.clone()),
        };
        // A fresh file name for every input: results are cached per file.
        let path = self.write("in", input)?;
        let answer = match expected {
            Some(text) => Some(self.write("ans", text)?),
            None => None,
        };
        let test = TestCase {
            name: "stress".into(),
            input: path.clone(),
            answer: answer.clone(),
            sample: false,
        };
        let report = Judging::build(build)
            .tests(vec![test])
            .checker(checker)
            .limits(limits)
            .keep_output(role == Role::Reference)
            .interactor(interactor)
            .run(judge, &mut |_| {})?;
        let mut result = report
            .tests
            .into_iter()
            .next()
            .ok_or_else(|| Error::internal("a stress test was not run"))?;
        // The files go; the display reads the input from the text kept.
        let _ = std::fs::remove_file(&path);
        if let Some(a) = answer {
            let _ = std::fs::remove_file(a);
        }
        result.input = PathBuf::new();
        result.answer = None;
        Ok(result)
    }

    fn write(&self, ext: &str, text: &str) -> Result<PathBuf> {
        let n = self.made.fetch_add(1, Ordering::Relaxed);
        let path = self.files.path().join(format!("{n}.{ext}"));
        std::fs::write(&path, text).map_err(|e| Error::io("write", &path, e))?;
        Ok(path)
    }

    fn generator_fault(&self, seed: u64, size: u64, input: &str, why: &str) -> Error {
        Error::new(format!(
            "the generator {} printed an invalid input (seed {seed}, --max-n {size}): {why}",
            self.generator.0.display()
        ))
        .help(format!(
            "this is the generator's fault, not your solution's; its input began:\n{}",
            crate::diff::head_of(input.as_bytes(), 6, 400)
        ))
    }

    fn reference_fault(&self, result: &TestResult, input: &str) -> Error {
        let name = self
            .reference()
            .map_or("the reference".into(), |p| p.display().to_string());
        Error::new(format!(
            "the reference {name} failed on a generated input: {} ({})",
            result.verdict.as_str(),
            result.detail
        ))
        .help(format!(
            "the reference must be correct on every valid input; fix it (or the checker), or pass another with --against; the input began:\n{}",
            crate::diff::head_of(input.as_bytes(), 6, 400)
        ))
    }
}

/// A shrunk input must fail the way the original did: a wrong answer stays a wrong
/// answer, a crash a crash.
fn same_failure(now: &TestResult, first: &TestResult) -> bool {
    now.verdict == first.verdict
}

/// `grind check`'s proof that a problem supports stress: its generator makes small
/// tests (`--max-n` 1, 2, 3, 5, 8) that its rules accept. `Err` says what failed.
pub fn small_tests_valid(
    judge: &mut Judge,
    problem: &Problem,
    rules: &InputRules,
) -> Result<std::result::Result<usize, String>> {
    let Some(source) = problem.meta.tests.iter().find_map(|t| t.generate.as_ref()) else {
        return Ok(Ok(0));
    };
    let program = problem.dir.join(&source.program);
    let build = judge.build_helper(&program, "generator", None)?;
    let dir = crate::fsutil::temp_dir()?;
    let sizes = [1u64, 2, 3, 5, 8];
    for (seed, size) in (1u64..).zip(sizes) {
        let mut args = source.args.clone();
        args.extend(["--max-n".to_string(), size.to_string()]);
        let input =
            match crate::judging::run_generator(judge.spawner(), &build, &program, seed, &args) {
                Ok(data) => data.to_vec().map_err(|e| Error::internal(e.to_string()))?,
                Err(e) => {
                    let why = e
                        .help
                        .as_deref()
                        .and_then(|h| h.lines().last())
                        .unwrap_or("");
                    return Ok(Err(format!("{} ({why})", e.message)));
                }
            };
        let path = dir.path().join(format!("{seed}.in"));
        std::fs::write(&path, &input).map_err(|e| Error::io("write", &path, e))?;
        let text = String::from_utf8_lossy(&input);
        if let Some(why) = rules.why_invalid(judge, &path, &text)? {
            return Ok(Err(format!("seed {seed} --max-n {size}: {why}")));
        }
    }
    Ok(Ok(sizes.len()))
}
