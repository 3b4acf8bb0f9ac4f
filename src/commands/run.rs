//! `grind run`: one run on custom input, judged when an answer is given.

use super::{Status, print_json};
use crate::cli::RunArgs;
use crate::error::{Error, Result};
use crate::judge::{Checker, Limits, Settings};
use crate::language::Languages;
use crate::problem::{CheckerSpec, TestCase};
use crate::report::{self, Look, Progress};
use crate::sandbox::Spawner;
use crate::solve::{self, Options};
use crate::units::{parse_duration, parse_size};
use std::io::IsTerminal;

pub fn run(args: RunArgs, verbose: bool, look: &Look) -> Result<Status> {
    let flag = |name: &str, msg: String| Error::new(format!("invalid {name}: {msg}"));
    let time = parse_duration(&args.time_limit).map_err(|m| flag("--time-limit", m))?;
    let memory = parse_size(&args.memory_limit).map_err(|m| flag("--memory-limit", m))?;
    for path in [&args.input, &args.expect].into_iter().flatten() {
        if !path.is_file() {
            return Err(Error::new(format!("{} does not exist", path.display())));
        }
    }
    let languages = Languages::load()?;
    let mut spawner = Spawner::start()?;
    if verbose && !args.json {
        eprintln!(
            "{}",
            look.dim(&format!("sandbox: {}", spawner.layers()?.summary()))
        );
    }
    let options = Options {
        languages: &languages,
        lang: args.lang.as_deref(),
        settings: Settings {
            jobs: 1,
            keep_going: true,
        },
    };
    let mut progress = Progress::new(*look, args.json);
    let (lang_id, compiled, info) =
        solve::build(&mut spawner, &options, &args.file, None, &mut |e| {
            progress.on(e)
        })?;
    let work = crate::fsutil::temp_dir()?;
    let input = match args.input {
        Some(p) => p,
        None => {
            // A pipe into grind becomes the input; a terminal never is (the program
            // would wait on the keyboard), so then the input is empty.
            let path = work.path().join("stdin.in");
            let mut data = Vec::new();
            if !std::io::stdin().is_terminal() {
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
    let checker = Checker::Builtin {
        spec: CheckerSpec::Tokens,
        strict: args.strict,
        json: false,
    };
    let limits = Limits {
        time,
        memory_bytes: memory,
        output_bytes: None,
    };
    let report = solve::judge_build(
        "",
        &lang_id,
        &args.file,
        compiled,
        info,
        &tests,
        &limits,
        &checker,
        &options.settings,
        &mut |e| progress.on(e),
    )?;
    progress.finish();
    if args.json {
        print_json(&report);
    } else {
        if let Some(t) = report.tests.first()
            && args.expect.is_none()
        {
            // Without an answer, show what the program printed.
            print!("{}", String::from_utf8_lossy(&t.output));
            if !t.output.is_empty() && !t.output.ends_with(b"\n") {
                println!();
            }
            if !t.stderr.is_empty() {
                eprint!("{}", look.dim(&String::from_utf8_lossy(&t.stderr)));
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
