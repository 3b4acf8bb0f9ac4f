//! Judging a solution file for a problem: find the language, build, collect the
//! tests, judge, and gather everything into a report. Shared by `test` and `run`.

use crate::compile::{self, Build, Compiled};
use crate::error::{Error, Result};
use crate::judge::{self, Checker, Limits, Settings, TestResult};
use crate::language::Languages;
use crate::problem::{CheckerSpec, Problem, TestCase};
use crate::sandbox::Spawner;
use crate::signature::Signature;
use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What the judge is doing, for progress display.
pub enum Event<'a> {
    Compiling { language: &'a str, file: &'a Path },
    Compiled(&'a CompileInfo),
    Testing { total: usize },
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
    pub limits: Option<crate::verdict::RunLimits>,
}

impl Report {
    pub fn accepted(&self) -> bool {
        self.summary.verdict == Verdict::AC
    }
}

/// Everything a judging needs besides the problem's own data.
pub struct Options<'a> {
    pub languages: &'a Languages,
    pub lang: Option<&'a str>,
    pub settings: Settings,
}

/// A user test in `NAME.tests.yaml` beside the solution.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct UserTest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub input: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
}

/// The user's own tests file for a solution: `two-sum.cpp` → `two-sum.tests.yaml`.
pub fn user_tests_path(source: &Path) -> PathBuf {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    source.with_file_name(format!("{stem}.tests.yaml"))
}

/// Loads the user's tests into `dir` as files.
pub fn user_tests(source: &Path, dir: &Path) -> Result<Vec<TestCase>> {
    let path = user_tests_path(source);
    if !path.is_file() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(Vec::new());
    }
    let tests: Vec<UserTest> = crate::yaml::parse(&text, &path, "tests file")?;
    tests
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let name = t.name.clone().unwrap_or_else(|| format!("mine-{}", i + 1));
            crate::problem::write_case(dir, &name, &t.input, t.output.as_deref(), false)
        })
        .collect()
}

/// Builds `source`, reporting the compile as events. `Err` only for grind's own failures
/// and user mistakes (missing toolchain, empty file); a compile error is `Compiled::Failed`.
/// `signature` is the problem's: the file is built as a function unless it says it is
/// a full program.
pub fn build(
    spawner: &mut Spawner,
    options: &Options,
    source: &Path,
    signature: Option<&Signature>,
    on: &mut dyn FnMut(Event),
) -> Result<(String, Compiled, CompileInfo)> {
    if !source.is_file() {
        return Err(
            Error::new(format!("solution file {} does not exist", source.display()))
                .help("check the path, or run `grind new PROBLEM` to write one"),
        );
    }
    let language = options.languages.for_file(source, options.lang)?;
    let code = std::fs::read_to_string(source).unwrap_or_default();
    let signature = crate::signature::mode_for(signature, &code);
    on(Event::Compiling {
        language: &language.name,
        file: source,
    });
    let compiled = compile::build_solution(spawner, language, source, signature)?;
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

/// The checker of a problem, compiling a custom one.
pub fn checker(spawner: &mut Spawner, languages: &Languages, problem: &Problem) -> Result<Checker> {
    match &problem.meta.checker {
        CheckerSpec::Custom { program, protocol } => {
            let path = problem.dir.join(program);
            let language = languages.for_file(&path, None)?;
            let toolchain = language.toolchain()?;
            match compile::build(spawner, language, &toolchain, &path, None)? {
                Compiled::Ok(build) => Ok(Checker::Program {
                    build,
                    protocol: *protocol,
                }),
                Compiled::Failed { message, .. } => Err(Error::new(format!(
                    "the checker {} of problem `{}` does not compile",
                    path.display(),
                    problem.id
                ))
                .help(compile::truncate(&message, 2000))),
            }
        }
        spec => Ok(Checker::Builtin {
            spec: spec.clone(),
            strict: false,
            json: problem.meta.signature.is_some(),
        }),
    }
}

/// Judges a build on tests and assembles the report.
#[allow(clippy::too_many_arguments)]
pub fn judge_build(
    problem_id: &str,
    language: &str,
    source: &Path,
    compiled: Compiled,
    info: CompileInfo,
    tests: &[TestCase],
    limits: &Limits,
    checker: &Checker,
    settings: &Settings,
    on: &mut dyn FnMut(Event),
) -> Result<Report> {
    let source_name = source.display().to_string();
    let build: Build = match compiled {
        Compiled::Ok(b) => *b,
        Compiled::Failed { .. } => {
            return Ok(Report {
                problem: problem_id.to_string(),
                language: language.to_string(),
                source: source_name,
                compile: info,
                tests: vec![],
                summary: Summary {
                    verdict: Verdict::CE,
                    passed: 0,
                    total: tests.len(),
                    score: 0.0,
                    cpu_ms_max: 0,
                    memory_kib_max: 0,
                },
                limits: None,
            });
        }
    };
    on(Event::Testing { total: tests.len() });
    let results = judge::judge(&build, tests, limits, checker, settings, |r| {
        on(Event::TestDone(r))
    })?;
    let passed = results.iter().filter(|r| r.verdict == Verdict::AC).count();
    let total = tests.len();
    let summary = Summary {
        verdict: judge::overall(&results),
        passed,
        total,
        score: if total == 0 {
            0.0
        } else {
            (passed as f64 / total as f64 * 1000.0).round() / 1000.0
        },
        cpu_ms_max: results.iter().map(|r| r.cpu_ms).max().unwrap_or(0),
        memory_kib_max: results.iter().map(|r| r.memory_kib).max().unwrap_or(0),
    };
    Ok(Report {
        problem: problem_id.to_string(),
        language: language.to_string(),
        source: source_name,
        compile: info,
        tests: results,
        summary,
        limits: Some(judge::run_limits(limits, &build, 0)),
    })
}
