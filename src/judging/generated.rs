//! Generated tests: a generator program writes each input from a seed; the answer comes
//! from one of the problem's accepted solutions (an interactive problem's tests have
//! none: its interactor holds what a test means). Both are cached, keyed by the sources
//! that made them, so they are made once.

use super::{Judge, Judging};
use crate::checking::Checker;
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::language::Languages;
use crate::problem::{Problem, TestCase};
use crate::sandbox::{self, Captured, Request, Spawner, Step};
use crate::units::{Dur, Size};
use crate::verdict::Verdict;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Generators get this much time (wall) and memory per seed.
const GENERATOR_SECONDS: u64 = 10;
const GENERATOR_MEMORY_KIB: u64 = 1 << 20;
const GENERATED_MAX_BYTES: u64 = 256 << 20;

/// The problem's generated tests, making (and caching) what is missing. `on_made`
/// hears (made, to make) after each test it had to make.
pub fn tests(
    problem: &Problem,
    judge: &mut Judge,
    on_made: &mut dyn FnMut(usize, usize),
) -> Result<Vec<TestCase>> {
    let sources: Vec<_> = problem
        .meta
        .tests
        .iter()
        .filter_map(|s| s.generate.as_ref())
        .collect();
    if sources.is_empty() {
        return Ok(Vec::new());
    }
    let reference = match problem.meta.interactor {
        Some(_) => None,
        None => Some(reference_solution(problem, &judge.languages)?),
    };
    let reference_code = match &reference {
        Some(path) => std::fs::read(path).map_err(|e| Error::io("read", path, e))?,
        None => Vec::new(),
    };
    let dir = crate::paths::cache().join("tests").join(&problem.id);
    // Every test's cache entry first, so that progress can say how many are to make.
    let mut planned = Vec::new();
    for source in sources {
        let program = problem.dir.join(&source.program);
        let code = std::fs::read(&program).map_err(|e| Error::io("read", &program, e))?;
        let stem = source
            .program
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for seed in &source.seeds {
            let key = {
                let mut h = Sha256::new();
                h.update(&code);
                h.update([0]);
                h.update(&reference_code);
                h.update(format!("\0{seed}\0{}", source.args.join("\0")).as_bytes());
                hex::encode(&h.finalize()[..10])
            };
            let name = format!("{stem}-{seed}");
            let entry = Entry {
                input: dir.join(format!("{name}.{key}.in")),
                answer: reference
                    .is_some()
                    .then(|| dir.join(format!("{name}.{key}.ans"))),
                sum: dir.join(format!("{name}.{key}.sum")),
                name,
            };
            // A cached pair is used only whole: a file truncated, emptied or removed
            // since it was made is made again, never judged against.
            let missing = !intact(&entry.input, entry.answer.as_deref(), &entry.sum);
            planned.push((source, program.clone(), *seed, entry, missing));
        }
    }
    let to_make = planned.iter().filter(|p| p.4).count();
    let mut made = 0;
    let mut gen_builds: Vec<(PathBuf, Build)> = Vec::new();
    let mut reference_build: Option<Build> = None;
    let mut tests = Vec::new();
    for (source, program, seed, entry, missing) in planned {
        if missing {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
            if !gen_builds.iter().any(|(p, _)| *p == program) {
                let build = judge.build_helper(&program, "generator", None)?;
                gen_builds.push((program.clone(), build));
            }
            let generator = &gen_builds
                .iter()
                .find(|(p, _)| *p == program)
                .expect("built")
                .1;
            let data = run_generator(judge.spawner(), generator, &program, seed, &source.args)?;
            crate::fsutil::write_atomic_with(&entry.input, |f| data.copy_to(f))
                .map_err(|e| Error::io("write", &entry.input, e))?;
            if let (Some(reference), Some(answer)) = (&reference, &entry.answer) {
                if reference_build.is_none() {
                    let code = String::from_utf8_lossy(&reference_code);
                    reference_build = Some(judge.build_helper(
                        reference,
                        "accepted solution",
                        crate::signature::mode_for(problem.meta.signature.as_ref(), &code),
                    )?);
                }
                let out = answer_for(
                    judge,
                    problem,
                    reference_build.as_ref().expect("built"),
                    reference,
                    &entry.input,
                    &entry.name,
                )?;
                crate::fsutil::write_atomic_with(answer, |f| out.copy_to(f))
                    .map_err(|e| Error::io("write", answer, e))?;
            }
            let digest = pair_digest(&entry.input, entry.answer.as_deref()).unwrap_or_default();
            crate::fsutil::write_atomic(&entry.sum, digest.as_bytes())
                .map_err(|e| Error::io("write", &entry.sum, e))?;
            made += 1;
            on_made(made, to_make);
        }
        tests.push(TestCase {
            name: entry.name,
            input: entry.input,
            answer: entry.answer,
            sample: false,
        });
    }
    Ok(tests)
}

/// Where one generated test is cached.
struct Entry {
    name: String,
    input: PathBuf,
    answer: Option<PathBuf>,
    sum: PathBuf,
}

/// The digest of a generated input and its answer, as written beside them.
fn pair_digest(input: &Path, answer: Option<&Path>) -> Option<String> {
    let mut h = Sha256::new();
    for file in std::iter::once(input).chain(answer) {
        let mut f = std::fs::File::open(file).ok()?;
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = std::io::Read::read(&mut f, &mut buf).ok()?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
        h.update([0]);
    }
    Some(hex::encode(h.finalize()))
}

/// The cached input and answer are there and are what was written.
fn intact(input: &Path, answer: Option<&Path>, sum: &Path) -> bool {
    match (std::fs::read_to_string(sum), pair_digest(input, answer)) {
        (Ok(expected), Some(found)) => expected == found,
        _ => false,
    }
}

/// The accepted solution that produces generated answers: the one in the
/// fastest-starting language (`speed_rank` in languages.yaml), first in name order.
pub fn reference_solution(problem: &Problem, languages: &Languages) -> Result<PathBuf> {
    let rank = |path: &PathBuf| {
        languages
            .for_file(path, None)
            .ok()
            .and_then(|l| l.speed_rank)
            .unwrap_or(u32::MAX)
    };
    let dir = problem.dir.join("solutions").join("accepted");
    // `solutions` is in name order and the minimum is the first of equal ranks.
    problem
        .solutions("accepted")
        .into_iter()
        .min_by_key(rank)
        .ok_or_else(|| {
            Error::new(format!(
                "problem `{}` generates tests but has no accepted solution",
                problem.id
            ))
            .help(format!(
                "put a correct solution in {}; its output becomes the answers",
                dir.display()
            ))
        })
}

pub fn run_generator(
    spawner: &mut Spawner,
    build: &Build,
    program: &Path,
    seed: u64,
    args: &[String],
) -> Result<Captured> {
    let work = crate::fsutil::temp_dir()?;
    let mut argv = build.run_argv(GENERATOR_MEMORY_KIB / 1024);
    argv.push(seed.to_string());
    argv.extend(args.iter().cloned());
    let mut env = build.env(work.path());
    // The same seed must print the same test on every run and machine: Python would
    // otherwise order a set of strings differently each run.
    env.push(("PYTHONHASHSEED".into(), "0".into()));
    let request = Request {
        argv,
        env,
        cwd: work.path().to_path_buf(),
        stdin: None,
        result: None,
        limits: sandbox::Limits {
            cpu_ms: GENERATOR_SECONDS * 1000,
            wall_ms: GENERATOR_SECONDS * 1000,
            memory_kib: GENERATOR_MEMORY_KIB,
            output_bytes: GENERATED_MAX_BYTES,
            file_bytes: 16 << 20,
            data_bytes: None,
        },
        step: Step::Run,
        read_paths: build.read_paths(),
        write_paths: vec![work.path().to_path_buf()],
        hide: vec![],
        pipes: None,
    };
    let outcome = spawner.run(&request)?;
    let what = format!("generator {} with seed {seed}", program.display());
    let fail = |why: String| {
        let stderr = String::from_utf8_lossy(&outcome.stderr);
        let tail: Vec<&str> = stderr
            .lines()
            .rev()
            .take(5)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        Err(
            Error::new(format!("{what} {why}")).help(if tail.is_empty() {
                "run it by hand to see what goes wrong; it must print one test input on stdout"
                    .to_string()
            } else {
                format!("its stderr ends with:\n{}", tail.join("\n"))
            }),
        )
    };
    if let Some(kill) = outcome.killed {
        return fail(format!(
            "was stopped ({kill:?} limit: {GENERATOR_SECONDS} s, 1 GiB memory, 256 MiB output)"
        ));
    }
    if let Some(sig) = outcome.signal {
        return fail(format!("was killed by {}", sandbox::signal_name(sig)));
    }
    if outcome.exit_code != Some(0) {
        return fail(format!(
            "exited with code {}",
            outcome.exit_code.unwrap_or(-1)
        ));
    }
    if outcome.stdout.is_empty() {
        return fail("printed nothing".into());
    }
    Ok(outcome.stdout.clone())
}

fn answer_for(
    judge: &mut Judge,
    problem: &Problem,
    build: &Build,
    source: &Path,
    input: &Path,
    name: &str,
) -> Result<Captured> {
    let test = TestCase {
        name: name.to_string(),
        input: input.to_path_buf(),
        answer: None,
        sample: false,
    };
    // Generous limits: answers are made once, and `grind check` judges the speed.
    let limits = crate::problem::Limits {
        time: Dur(problem.time_limit() * 10),
        memory: Size(problem.memory_limit().max(1 << 30)),
        output: Some(Size(GENERATED_MAX_BYTES)),
    };
    let report = Judging::build(build)
        .tests(vec![test])
        .checker(Checker::tokens(false))
        .limits(limits)
        .keep_output(true)
        .run(judge, &mut |_| {})?;
    let result = report
        .tests
        .into_iter()
        .next()
        .ok_or_else(|| Error::new(format!("generated test {name} was not run")))?;
    if result.verdict != Verdict::AC {
        return Err(Error::new(format!(
            "the accepted solution {} failed on generated test {name}: {} ({})",
            source.display(),
            result.verdict.as_str(),
            result.detail
        ))
        .help(format!(
            "fix the generator or the solution; the input is {}",
            input.display()
        )));
    }
    Ok(result.captured.unwrap_or_default())
}
