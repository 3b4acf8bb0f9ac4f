//! `grind run`: one run on custom input, judged when an answer is given.

use super::{Status, print_json};
use crate::checking::Checker;
use crate::cli::RunArgs;
use crate::error::{Error, Result};
use crate::judging::{Judge, Judging};
use crate::problem::TestCase;
use crate::report::{self, Look, Progress};
use crate::units::{Dur, Size, parse_duration, parse_size};
use std::io::IsTerminal;

pub fn run(args: RunArgs, verbose: bool, look: &Look) -> Result<Status> {
    let flag = |name: &str, msg: String| Error::new(format!("invalid {name}: {msg}"));
    let time = parse_duration(&args.time_limit).map_err(|m| flag("--time-limit", m))?;
    let memory = parse_size(&args.memory_limit).map_err(|m| flag("--memory-limit", m))?;
    let limits = crate::problem::Limits {
        time: Dur(time),
        memory: Size(memory),
        output: None,
    };
    if let Err((field, why)) = limits.check() {
        return Err(flag(&format!("--{field}-limit"), why));
    }
    for path in [&args.input, &args.expect, &args.interactor]
        .into_iter()
        .flatten()
    {
        if !path.is_file() {
            return Err(Error::new(format!("{} does not exist", path.display())));
        }
    }
    let mut judge = Judge::start()?;
    if verbose && !args.json {
        let layers = judge.sandbox_summary()?;
        eprintln!("{}", look.dim(&format!("sandbox: {layers}")));
    }
    let interactor = match &args.interactor {
        Some(path) => Some(crate::judging::Interactor {
            build: judge.judge_program(path, "interactor", "")?,
            protocol: if args.protocol == "kattis" {
                crate::checking::Protocol::Kattis
            } else {
                crate::checking::Protocol::Testlib
            },
            args: vec![],
        }),
        None => None,
    };
    // At a terminal with nothing to read, the program talks to the person there.
    let live = args.live
        || (std::io::stdin().is_terminal()
            && args.input.is_none()
            && args.interactor.is_none()
            && !args.json);
    let work = crate::fsutil::temp_dir()?;
    let input = match args.input {
        Some(p) => p,
        None => {
            // A pipe into grind becomes the input (live, it is read as the program runs).
            let path = work.path().join("stdin.in");
            let mut data = Vec::new();
            if !live {
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut data)
                    .map_err(|e| Error::new(format!("failed to read stdin: {e}")))?;
            }
            std::fs::write(&path, data).map_err(|e| Error::io("write", &path, e))?;
            path
        }
    };
    let name = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "input".into());
    let tests = vec![TestCase {
        name,
        input,
        answer: args.expect.clone(),
        sample: true,
    }];
    if live {
        eprintln!(
            "{}",
            look.dim("grind: talking to your program live; type its input, Ctrl-D to end it")
        );
    }
    // No progress line: it would mix with the live exchange on the terminal.
    let mut progress = Progress::new(*look, args.json || live);
    let report = Judging::program(&args.file)
        .lang(args.lang.as_deref())
        .tests(tests)
        .checker(Checker::tokens(args.strict))
        .limits(limits)
        .jobs(Some(1))
        .keep_going(true)
        .keep_output(true)
        .interactor(interactor)
        .live(live)
        .run(&mut judge, &mut |e| progress.on(e))?;
    progress.finish();
    if args.json {
        print_json(&report);
    } else {
        if let Some(t) = report.tests.first()
            && args.expect.is_none()
        {
            // Without an answer, show what the program printed (a live run's output
            // was on the terminal already), its control bytes escaped (the terminal
            // must not act on them; --json has the raw text).
            if !live {
                let output = match &t.captured {
                    Some(whole) => whole.to_vec().map_err(|e| {
                        Error::internal(format!("cannot read back the output: {e}"))
                    })?,
                    None => t.output.clone(),
                };
                print!("{}", crate::visible::bytes(&output));
                if !output.is_empty() && !output.ends_with(b"\n") {
                    println!();
                }
            }
            // A failed run's stderr is in its failure below.
            if !t.stderr.is_empty() && t.verdict.is_accepted() {
                eprint!("{}", look.dim(&crate::visible::bytes(&t.stderr)));
            }
        }
        print!("{}", report::render(&report, look, true, false));
    }
    Ok(if report.accepted() {
        Status::Ok
    } else {
        Status::NotAccepted
    })
}
