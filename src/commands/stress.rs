//! `grind stress`: finds an input the solution fails and shows it shrunk.

use super::Status;
use crate::cli::StressArgs;
use crate::compile::Compiled;
use crate::error::{Error, Result};
use crate::judging::{
    Judge, TestResult, UserTest, append_user_test, find_solution, user_tests_path,
};
use crate::report::{self, Look};
use crate::stress::{Bench, Event, Found, Options, Outcome, Slowest};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use std::path::Path;

pub fn run(args: StressArgs, look: &Look) -> Result<Status> {
    let problem = crate::bank::find(&args.problem)?;
    let history = crate::history::History::open()?;
    crate::mock::refuse_help(&history, &problem.id, "stress testing")?;
    drop(history);
    let mut judge = Judge::start()?;
    let file = match &args.file {
        Some(f) => f.clone(),
        None => find_solution(&problem.id, &judge.languages, args.lang.as_deref())?,
    };
    for (path, what) in [(&args.against, "--against"), (&args.generator, "--gen")] {
        if let Some(p) = path
            && !p.is_file()
        {
            return Err(Error::new(format!("{what} {} does not exist", p.display()))
                .help("give the path of a source file"));
        }
    }
    let mut progress = report::Progress::new(*look, args.json);
    let (_, compiled, info) = judge.build_solution(
        &file,
        args.lang.as_deref(),
        problem.meta.signature.as_ref(),
        &mut |e| progress.on(e),
    )?;
    progress.finish();
    let solution = match compiled {
        Compiled::Ok(b) => b,
        Compiled::Failed { .. } => {
            if args.json {
                super::print_json(&json!({"found": false, "compile": info}));
            } else {
                println!(
                    "{} {}",
                    look.verdict(crate::verdict::Verdict::CE),
                    info.message
                );
            }
            return Ok(Status::NotAccepted);
        }
    };
    let options = Options {
        max_n: args.max_n.unwrap_or(if args.tle { 100_000 } else { 10 }),
        seed: args.seed.unwrap_or_else(random_seed),
        tries: args.tries,
        time: args.time,
        tle: args.tle,
        generator: args.generator.clone(),
        against: args.against.clone(),
        jobs: args.jobs.unwrap_or_else(crate::judging::default_jobs),
    };
    let bench = Bench::new(&mut judge, &problem, &solution, &options)?;
    if !args.json {
        let against = match bench.reference() {
            Some(p) => format!("against {}", p.display()),
            None if problem.meta.interactor.is_some() => "with the interactor".into(),
            None => "with the checker alone".into(),
        };
        eprintln!(
            "{}",
            look.dim(&format!(
                "stress {} {against}: seed {}, sizes up to {}",
                file.display(),
                options.seed,
                options.max_n
            ))
        );
    }
    let bar = (look.progress && !args.json).then(|| {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("valid template"));
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        bar
    });
    let outcome = bench.run(&mut judge, &options, &mut |e| {
        if let Some(bar) = &bar {
            bar.set_message(match e {
                Event::Tried {
                    tries,
                    size,
                    per_second,
                } => format!("{tries} tests, {per_second:.0}/s, size {size}"),
                Event::Shrinking {
                    steps,
                    judged,
                    bytes,
                } => {
                    format!("shrinking: {bytes} bytes after {steps} steps, {judged} inputs judged")
                }
            });
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let names = solution
        .signature
        .as_ref()
        .map(|s| s.input_names())
        .unwrap_or_default();
    match outcome? {
        Outcome::Nothing { tries, elapsed } => {
            if args.json {
                super::print_json(&json!({"found": false, "tries": tries, "seed": options.seed}));
            } else {
                println!(
                    "no failing input in {tries} tests ({:.1} s, sizes up to {}, seed {})",
                    elapsed.as_secs_f64(),
                    options.max_n,
                    options.seed
                );
            }
            Ok(Status::Ok)
        }
        Outcome::Found(found) => {
            let saved = if args.save {
                Some(save(&file, &found.input, found.expected.as_deref())?)
            } else {
                None
            };
            if args.json {
                super::print_json(&json!({
                    "found": true,
                    "verdict": found.result.verdict,
                    "detail": found.result.detail,
                    "input": found.input,
                    "expected": found.expected,
                    "actual": String::from_utf8_lossy(&found.result.output),
                    "original_input": found.original_input,
                    "shrink_steps": found.shrink_steps,
                    "shrink_judged": found.shrink_judged,
                    "tries": found.tries,
                    "seed": found.seed,
                    "size": found.size,
                    "saved": saved,
                }));
            } else {
                print!(
                    "{}",
                    show_found(&found, &file, &args, &options, &names, look)?
                );
                if let Some(name) = saved {
                    println!(
                        "saved as test {name} in {}",
                        user_tests_path(&file).display()
                    );
                }
            }
            Ok(Status::NotAccepted)
        }
        Outcome::Slowest {
            slowest,
            tries,
            timed_out,
        } => {
            let failed = slowest.result.verdict != crate::verdict::Verdict::AC;
            let saved = if args.save {
                Some(save(&file, &slowest.input, None)?)
            } else {
                None
            };
            if args.json {
                super::print_json(&json!({
                    "found": failed,
                    "verdict": slowest.result.verdict,
                    "cpu_ms": slowest.result.cpu_ms,
                    "wall_ms": slowest.result.wall_ms,
                    "input": slowest.input,
                    "tries": tries,
                    "seed": slowest.seed,
                    "size": slowest.size,
                    "saved": saved,
                }));
            } else {
                print!(
                    "{}",
                    show_slowest(&slowest, tries, timed_out, &names, look)?
                );
                if let Some(name) = saved {
                    println!(
                        "saved as test {name} in {}",
                        user_tests_path(&file).display()
                    );
                }
            }
            Ok(if failed {
                Status::NotAccepted
            } else {
                Status::Ok
            })
        }
    }
}

/// The failure display of the shrunk input, with how it was found.
fn show_found(
    found: &Found,
    file: &Path,
    args: &StressArgs,
    options: &Options,
    names: &[String],
    look: &Look,
) -> Result<String> {
    let mut out = format!(
        "found a failing input after {} tests (seed {}, size {})",
        found.tries, found.seed, found.size
    );
    if found.shrink_steps > 0 {
        out += &format!(
            "; shrunk in {} step{} from {} to {} bytes ({} inputs judged)",
            found.shrink_steps,
            if found.shrink_steps == 1 { "" } else { "s" },
            found.original_input.len(),
            found.input.len(),
            found.shrink_judged
        );
    }
    out.push('\n');
    out += &failure_of(&found.result, &found.input, names, look)?;
    let max_n = match args.max_n {
        Some(n) => format!(" --max-n {n}"),
        None => String::new(),
    };
    out += &look.dim(&format!(
        "again: grind stress {} {} --seed {} --tries {}{max_n}\n",
        args.problem,
        file.display(),
        options.seed,
        found.tries,
    ));
    if !args.save {
        out += &look.dim("--save adds it to your tests, so `grind test` runs it\n");
    }
    Ok(out)
}

fn show_slowest(
    slowest: &Slowest,
    tries: u64,
    timed_out: bool,
    names: &[String],
    look: &Look,
) -> Result<String> {
    let r = &slowest.result;
    let mut out = if r.verdict == crate::verdict::Verdict::AC {
        format!(
            "no failure in {tries} tests{}; the slowest took {} ms CPU at size {} (seed {})\n",
            if timed_out {
                " (time budget used up)"
            } else {
                ""
            },
            r.cpu_ms,
            slowest.size,
            slowest.seed
        )
    } else {
        format!(
            "{} at size {} after {tries} tests (seed {})\n",
            r.verdict.as_str(),
            slowest.size,
            slowest.seed
        )
    };
    out += &failure_of(r, &slowest.input, names, look)?;
    Ok(out)
}

/// The judge's failure display; the input is written where it reads it.
fn failure_of(result: &TestResult, input: &str, names: &[String], look: &Look) -> Result<String> {
    let dir = crate::fsutil::temp_dir()?;
    let path = dir.path().join("stress.in");
    std::fs::write(&path, input).map_err(|e| Error::io("write", &path, e))?;
    let mut shown = result.clone();
    shown.input = path;
    Ok(report::failure(&shown, look, false, names))
}

/// Appends the input to FILE's tests as `stress-N`, the first free N.
fn save(file: &Path, input: &str, expected: Option<&str>) -> Result<String> {
    let tests = user_tests_path(file);
    for n in 1.. {
        let name = format!("stress-{n}");
        let test = UserTest {
            name: Some(name.clone()),
            input: input.to_string(),
            output: expected.map(str::to_string),
        };
        if append_user_test(&tests, &test)? {
            return Ok(name);
        }
    }
    unreachable!("some name is free")
}

fn random_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    (nanos ^ (std::process::id() as u64) << 32) % 1_000_000_007
}
