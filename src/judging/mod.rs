//! The judging core: one API that every command judging code goes through (`test`,
//! `submit`, `run`, `check`, `review --rerun`, `watch`, mock submissions, generated
//! answers). A `Judge` holds what judgings share (the languages and a spawn helper);
//! a `Judging` says what is judged and how, and `run` builds, runs every test in the
//! sandbox, checks and returns a `Report`:
//!
//! ```text
//! let mut judge = Judge::start()?;
//! let tests = judge.problem_tests(&problem, Which::All, &file, &mut |_| {})?;
//! let report = Judging::for_problem(&problem, &file).tests(tests).run(&mut judge, &mut |_| {})?;
//! ```

mod generated;
mod interact;
mod run;
mod solution;
mod transcript;

pub use generated::{reference_solution, run_generator};
pub use interact::Interactor;
pub use run::{TestResult, check_input_once};
pub use solution::{UserTest, append_user_test, find_solution, user_tests, user_tests_path};

use crate::checking::{Checker, CheckerSpec};
use crate::compile::{self, Build, Compiled};
use crate::error::{Error, Result};
use crate::language::Languages;
use crate::limits::RunLimits;
use crate::problem::{self, Problem, TestCase};
use crate::sandbox::Spawner;
use crate::signature::Signature;
use crate::verdict::Verdict;
use serde::Serialize;
use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

/// What the judge is doing, for progress display.
pub enum Event<'a> {
    Compiling {
        language: &'a str,
        file: &'a Path,
    },
    Compiled(&'a CompileInfo),
    /// Generated tests being made (answers from the accepted solution), once per
    /// problem and cached: `made` of `total`.
    Preparing {
        made: usize,
        total: usize,
    },
    Testing {
        total: usize,
    },
    TestDone(&'a TestResult),
}

#[derive(Debug, Clone, Serialize)]
pub struct CompileInfo {
    pub ok: bool,
    pub cached: bool,
    pub wall_ms: u64,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    pub score: f64,
    pub cpu_ms_max: u64,
    pub memory_kib_max: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub problem: String,
    pub language: String,
    pub source: String,
    pub compile: CompileInfo,
    pub tests: Vec<TestResult>,
    pub summary: Summary,
    /// Limits the runs were judged against (after the language's multiplier).
    #[serde(skip)]
    pub limits: Option<RunLimits>,
    /// What each line of a test input holds, for function-signature problems.
    #[serde(skip)]
    pub input_names: Vec<String>,
    /// Holds the sample and user test files the tests point at.
    #[serde(skip)]
    _files: Option<Arc<crate::fsutil::TempDir>>,
}

impl Report {
    pub fn accepted(&self) -> bool {
        self.summary.verdict == Verdict::AC
    }

    /// The report as it may be shown: whole, or while `secret` (a running mock's
    /// problem) [`Report::without_hidden_content`].
    pub fn shown(&self, secret: bool) -> Cow<'_, Report> {
        if secret {
            Cow::Owned(self.without_hidden_content())
        } else {
            Cow::Borrowed(self)
        }
    }

    /// The report with the content of its hidden tests taken out (a running mock's):
    /// verdicts and figures stay, nothing of an input, answer or output does.
    fn without_hidden_content(&self) -> Report {
        let mut report = self.clone();
        for t in report.tests.iter_mut().filter(|t| !t.sample) {
            t.detail = crate::verdict::public_detail(t.verdict, &t.detail);
            t.input = std::path::PathBuf::new();
            t.answer = None;
            t.output.clear();
            t.captured = None;
            t.window = None;
            t.printed.clear();
            t.stderr.clear();
            t.mismatch = None;
        }
        report
    }
}

/// Which of a problem's tests a judging uses.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Which {
    /// Samples and the user's own tests (`grind test`).
    Practice,
    /// Samples, hidden tests and the user's own tests (`grind test --all`).
    All,
    /// Samples and hidden tests (`grind submit`).
    Submit,
}

/// A judging's tests, with the folder holding the files written for them.
#[derive(Debug, Clone, Default)]
pub struct Tests {
    pub cases: Vec<TestCase>,
    files: Option<Arc<crate::fsutil::TempDir>>,
}

impl From<Vec<TestCase>> for Tests {
    fn from(cases: Vec<TestCase>) -> Tests {
        Tests { cases, files: None }
    }
}

/// What judgings share: the languages and a spawn helper for builds and checkers.
pub struct Judge {
    pub languages: Languages,
    spawner: Spawner,
}

impl Judge {
    /// Loads the languages and starts a spawn helper.
    pub fn start() -> Result<Judge> {
        Judge::with_languages(Languages::load()?)
    }

    pub fn with_languages(languages: Languages) -> Result<Judge> {
        Ok(Judge {
            languages,
            spawner: Spawner::start()?,
        })
    }

    /// The sandbox layers in force, in one line.
    pub fn sandbox_summary(&mut self) -> Result<String> {
        Ok(self.spawner.layers()?.summary())
    }

    /// The tests of `problem` that `which` selects; `source` is the solution, whose
    /// `NAME.tests.yaml` holds the user's own tests.
    pub fn problem_tests(
        &mut self,
        problem: &Problem,
        which: Which,
        source: &Path,
        on: &mut dyn FnMut(Event),
    ) -> Result<Tests> {
        let files = crate::fsutil::temp_dir()?;
        let mut cases = problem.sample_tests(files.path())?;
        if which != Which::Practice {
            cases.extend(problem.dir_tests()?);
            cases.extend(self.generated_tests(problem, on)?);
        }
        if which != Which::Submit {
            cases.extend(user_tests(source, files.path())?);
        }
        Ok(Tests {
            cases,
            files: Some(Arc::new(files)),
        })
    }

    /// The problem's generated tests, making (and caching) what is missing.
    pub fn generated_tests(
        &mut self,
        problem: &Problem,
        on: &mut dyn FnMut(Event),
    ) -> Result<Vec<TestCase>> {
        generated::tests(problem, self, &mut |made, total| {
            on(Event::Preparing { made, total })
        })
    }

    /// The checker of a problem, compiling a custom one.
    pub fn checker(&mut self, problem: &Problem) -> Result<Checker> {
        match &problem.meta.checker {
            CheckerSpec::Custom {
                program,
                protocol,
                args,
            } => Ok(Checker::Program {
                build: self.judge_program(&problem.dir.join(program), "checker", &problem.id)?,
                protocol: *protocol,
                args: args.clone(),
            }),
            spec => Ok(Checker::Builtin {
                spec: spec.clone(),
                strict: false,
                json: problem.meta.signature.is_some(),
            }),
        }
    }

    /// The interactor of an interactive problem, built.
    pub fn interactor(&mut self, problem: &Problem) -> Result<Option<Interactor>> {
        let Some(spec) = &problem.meta.interactor else {
            return Ok(None);
        };
        Ok(Some(Interactor {
            build: self.judge_program(
                &problem.dir.join(&spec.program),
                "interactor",
                &problem.id,
            )?,
            protocol: spec.protocol,
            args: spec.args.clone(),
        }))
    }

    /// Builds a program that judges (a checker, an interactor); a compile error is the
    /// problem's. `problem` is empty for an interactor given on the command line.
    pub fn judge_program(&mut self, path: &Path, what: &str, problem: &str) -> Result<Box<Build>> {
        let language = self.languages.for_file(path, None)?;
        let toolchain = language.toolchain()?;
        match compile::build(&mut self.spawner, language, &toolchain, path, None)? {
            Compiled::Ok(build) => Ok(build),
            Compiled::Failed { message, .. } => {
                let of = if problem.is_empty() {
                    String::new()
                } else {
                    format!(" of problem `{problem}`")
                };
                Err(Error::new(format!(
                    "the {what} {}{of} does not compile",
                    path.display()
                ))
                .help(compile::truncate(&message, 2000)))
            }
        }
    }

    /// Builds a helper program of a problem (a generator, the reference solution); a
    /// compile error is the problem's, so it is an error naming `what`.
    pub fn build_helper(
        &mut self,
        source: &Path,
        what: &str,
        signature: Option<&Signature>,
    ) -> Result<Build> {
        let language = self.languages.for_file(source, None)?;
        match compile::build_solution(&mut self.spawner, language, source, signature)? {
            Compiled::Ok(build) => Ok(*build),
            Compiled::Failed { message, .. } => Err(Error::new(format!(
                "the {what} {} does not compile",
                source.display()
            ))
            .help(compile::truncate(&message, 2000))),
        }
    }

    /// The spawn helper, for runs that are not judgings (generators).
    pub fn spawner(&mut self) -> &mut Spawner {
        &mut self.spawner
    }

    /// Builds `source`, reporting the compile as events. `Err` only for grind's own
    /// failures and user mistakes (missing toolchain, missing file); a compile error is
    /// `Compiled::Failed`. With a signature the file is built as a function unless it
    /// says it is a full program.
    pub fn build_solution(
        &mut self,
        source: &Path,
        lang: Option<&str>,
        signature: Option<&Signature>,
        on: &mut dyn FnMut(Event),
    ) -> Result<(String, Compiled, CompileInfo)> {
        match crate::fsutil::irregular(source) {
            Ok(None) => {}
            Ok(Some(what)) => {
                return Err(Error::new(format!(
                    "solution file {} is {what}, not a regular file",
                    source.display()
                ))
                .help("give the path of your source file"));
            }
            Err(_) => {
                return Err(Error::new(format!(
                    "solution file {} does not exist",
                    source.display()
                ))
                .help("check the path, or run `grind new PROBLEM` to write one"));
            }
        }
        let language = self.languages.for_file(source, lang)?;
        let code = std::fs::read_to_string(source).unwrap_or_default();
        let signature = crate::signature::mode_for(signature, &code);
        on(Event::Compiling {
            language: &language.name,
            file: source,
        });
        let compiled = compile::build_solution(&mut self.spawner, language, source, signature)?;
        let info = match &compiled {
            Compiled::Ok(b) => CompileInfo {
                ok: true,
                cached: b.cached,
                wall_ms: b.wall_ms,
                message: String::new(),
            },
            Compiled::Failed { message, wall_ms } => CompileInfo {
                ok: false,
                cached: false,
                wall_ms: *wall_ms,
                message: message.clone(),
            },
        };
        on(Event::Compiled(&info));
        Ok((language.id.clone(), compiled, info))
    }
}

/// What is judged: a source file to build, or a build made earlier.
enum Target<'a> {
    Source {
        path: &'a Path,
        lang: Option<&'a str>,
    },
    Built(&'a Build),
}

/// A judging's tests: given, or the problem's, chosen once the solution is built.
enum Chosen {
    Given(Tests),
    Of(Which),
}

/// One judging: what is judged, on which tests, checked how, under which limits.
pub struct Judging<'a> {
    target: Target<'a>,
    problem: Option<&'a Problem>,
    tests: Chosen,
    checker: Option<Checker>,
    limits: problem::Limits,
    jobs: usize,
    keep_going: bool,
    keep_output: bool,
    interactor: Option<Interactor>,
    live: bool,
    first: &'a [String],
}

impl<'a> Judging<'a> {
    /// `source` judged as a solution of `problem`: its limits, checker and signature.
    pub fn for_problem(problem: &'a Problem, source: &'a Path) -> Judging<'a> {
        Judging {
            problem: Some(problem),
            limits: problem.meta.limits.clone(),
            ..Judging::program(source)
        }
    }

    /// A program on its own (`grind run`): the default limits and token comparison
    /// unless told otherwise.
    pub fn program(source: &'a Path) -> Judging<'a> {
        Judging {
            target: Target::Source {
                path: source,
                lang: None,
            },
            problem: None,
            tests: Chosen::Given(Tests::default()),
            checker: None,
            limits: problem::Limits::default(),
            jobs: default_jobs(),
            keep_going: false,
            keep_output: false,
            interactor: None,
            live: false,
            first: &[],
        }
    }

    /// A build made earlier, run as it is (generated answers).
    pub fn build(build: &'a Build) -> Judging<'a> {
        Judging {
            target: Target::Built(build),
            jobs: 1,
            ..Judging::program(Path::new(""))
        }
    }

    /// The language, when the file's extension does not say it.
    pub fn lang(mut self, lang: Option<&'a str>) -> Self {
        if let Target::Source { lang: l, .. } = &mut self.target {
            *l = lang;
        }
        self
    }

    pub fn tests(mut self, tests: impl Into<Tests>) -> Self {
        self.tests = Chosen::Given(tests.into());
        self
    }

    /// The problem's tests that `which` selects (with the user's tests of the source).
    pub fn which(mut self, which: Which) -> Self {
        self.tests = Chosen::Of(which);
        self
    }

    /// Overrides the problem's checker (or the default token comparison).
    pub fn checker(mut self, checker: Checker) -> Self {
        self.checker = Some(checker);
        self
    }

    pub fn limits(mut self, limits: problem::Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Parallel runs; `None` is one per core.
    pub fn jobs(mut self, jobs: Option<usize>) -> Self {
        self.jobs = jobs.unwrap_or_else(default_jobs);
        self
    }

    /// Run every test even after a failure.
    pub fn keep_going(mut self, keep_going: bool) -> Self {
        self.keep_going = keep_going;
        self
    }

    /// Keep each test's whole output (`TestResult::captured`), not only its head.
    pub fn keep_output(mut self, keep: bool) -> Self {
        self.keep_output = keep;
        self
    }

    /// Judges interactively against `interactor` (`grind run --interactor`); a
    /// problem's own interactor is used without this.
    pub fn interactor(mut self, interactor: Option<Interactor>) -> Self {
        self.interactor = interactor;
        self
    }

    /// The program talks to the person at the terminal instead of reading a test
    /// (`grind run --live`); its output is shown as it prints, not kept.
    pub fn live(mut self, live: bool) -> Self {
        self.live = live;
        self
    }

    /// Tests to run before the others (review --rerun: the previously failed ones).
    pub fn first(mut self, names: &'a [String]) -> Self {
        self.first = names;
        self
    }

    /// Builds (unless built), runs every test and checks it, and reports.
    pub fn run(self, judge: &mut Judge, on: &mut dyn FnMut(Event)) -> Result<Report> {
        let problem_id = self.problem.map(|p| p.id.clone()).unwrap_or_default();
        let signature = self.problem.and_then(|p| p.meta.signature.as_ref());
        let (path, language, info, build) = match self.target {
            Target::Built(build) => {
                let info = CompileInfo {
                    ok: true,
                    cached: true,
                    wall_ms: 0,
                    message: String::new(),
                };
                let id = build.language.id.clone();
                (Path::new(""), id, info, Some(Cow::Borrowed(build)))
            }
            Target::Source { path, lang } => {
                let (language, compiled, info) = judge.build_solution(path, lang, signature, on)?;
                let build = match compiled {
                    Compiled::Ok(b) => Some(Cow::Owned(*b)),
                    Compiled::Failed { .. } => None,
                };
                (path, language, info, build)
            }
        };
        let mut tests = match (self.tests, self.problem) {
            (Chosen::Given(tests), _) => tests,
            (Chosen::Of(which), Some(problem)) => judge.problem_tests(problem, which, path, on)?,
            (Chosen::Of(_), None) => Tests::default(),
        };
        if !self.first.is_empty() {
            let first = self.first;
            tests.cases.sort_by_key(|t| !first.contains(&t.name));
        }
        let total = tests.cases.len();
        let source = path.display().to_string();
        let Some(build) = build else {
            return Ok(Report {
                problem: problem_id,
                language,
                source,
                compile: info,
                tests: vec![],
                summary: summarise(&[], total, Verdict::CE),
                limits: None,
                input_names: vec![],
                _files: tests.files,
            });
        };
        let checker = match (self.checker, self.problem) {
            (Some(c), _) => c,
            (None, Some(p)) => judge.checker(p)?,
            (None, None) => Checker::tokens(false),
        };
        let interactor = match (self.interactor, self.problem) {
            (Some(i), _) => Some(i),
            (None, Some(p)) => judge.interactor(p)?,
            (None, None) => None,
        };
        on(Event::Testing { total });
        let bench = run::Bench {
            build: &build,
            limits: &self.limits,
            checker: &checker,
            jobs: self.jobs,
            keep_going: self.keep_going,
            keep_output: self.keep_output,
            interactor: interactor.as_ref(),
            live: self.live,
            passes: self.problem.and_then(|p| p.meta.passes).unwrap_or(1),
        };
        // One test at a time runs on the judge's own spawn helper: a caller judging
        // many single tests (stress) starts no helper per judging.
        let spawner = (self.jobs == 1).then_some(&mut judge.spawner);
        let results = run::run_all(&bench, &tests.cases, spawner, |r| on(Event::TestDone(r)))?;
        let verdict = results
            .iter()
            .map(|r| r.verdict)
            .find(|v| *v != Verdict::AC)
            .unwrap_or(Verdict::AC);
        Ok(Report {
            problem: problem_id,
            language,
            source,
            compile: info,
            summary: summarise(&results, total, verdict),
            tests: results,
            limits: Some(RunLimits::new(&self.limits, &build.language, 0)),
            input_names: build
                .signature
                .as_ref()
                .map(|s| s.input_names())
                .unwrap_or_default(),
            _files: tests.files,
        })
    }
}

fn summarise(results: &[TestResult], total: usize, verdict: Verdict) -> Summary {
    let passed = results.iter().filter(|r| r.verdict == Verdict::AC).count();
    Summary {
        verdict,
        passed,
        total,
        score: score(passed, total),
        cpu_ms_max: results.iter().map(|r| r.cpu_ms).max().unwrap_or(0),
        memory_kib_max: results.iter().map(|r| r.memory_kib).max().unwrap_or(0),
    }
}

/// The fraction of tests passed, to three decimals, rounded down: a failing
/// judging never shows as a full score (5000/5001 is 0.999, not 1.0).
fn score(passed: usize, total: usize) -> f64 {
    if total == 0 {
        return 0.0;
    }
    (passed as f64 * 1000.0 / total as f64).floor() / 1000.0
}

/// One parallel run per core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_failing_score_is_never_rounded_up() {
        assert_eq!(super::score(5000, 5001), 0.999);
        assert_eq!(super::score(2, 3), 0.666);
        assert_eq!(super::score(7, 7), 1.0);
        assert_eq!(super::score(0, 0), 0.0);
    }
}
