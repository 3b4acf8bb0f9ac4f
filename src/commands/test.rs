use super::{Status, default_jobs, print_json};
use crate::error::{Error, Result};
use crate::judge::{Limits, Settings};
use crate::language::Languages;
use crate::report::{self, Look, Progress};
use crate::sandbox::Spawner;
use crate::solve::{self, Options};
use crate::{bank, generate};
use std::path::PathBuf;

pub struct Args {
    pub problem: String,
    pub file: Option<PathBuf>,
    pub lang: Option<String>,
    pub all: bool,
    pub jobs: Option<usize>,
    pub keep_going: bool,
    pub json: bool,
    pub verbose: bool,
}

pub fn run(args: Args, look: &Look) -> Result<Status> {
    let problem = bank::find(&args.problem)?;
    let languages = Languages::load()?;
    let file = match args.file {
        Some(f) => f,
        None => find_solution(&problem.id, &languages, args.lang.as_deref())?,
    };
    let mut spawner = Spawner::start()?;
    if args.verbose && !args.json {
        eprintln!(
            "{}",
            look.dim(&format!("sandbox: {}", spawner.layers()?.summary()))
        );
    }
    let options = Options {
        languages: &languages,
        lang: args.lang.as_deref(),
        settings: Settings {
            jobs: args.jobs.unwrap_or_else(default_jobs),
            keep_going: args.keep_going,
        },
    };
    let mut progress = Progress::new(*look, args.json);
    let (lang_id, compiled, info) =
        solve::build(&mut spawner, &options, &file, &mut |e| progress.on(e))?;
    let work = tempfile::tempdir()
        .map_err(|e| Error::new(format!("failed to create a temporary folder: {e}")))?;
    let mut tests = problem.sample_tests(work.path())?;
    if args.all {
        tests.extend(problem.dir_tests()?);
        tests.extend(generate::tests(&problem, &languages, &mut spawner)?);
    }
    tests.extend(solve::user_tests(&file, work.path())?);
    let checker = solve::checker(&mut spawner, &languages, &problem)?;
    let limits = Limits {
        time: problem.time_limit(),
        memory_bytes: problem.memory_limit(),
        output_bytes: problem.meta.limits.output.map(|s| s.0),
    };
    let report = solve::judge_build(
        &problem.id,
        &lang_id,
        &file,
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
        print!("{}", report::render(&report, look, args.verbose, false));
    }
    Ok(if report.accepted() {
        Status::Ok
    } else {
        Status::NotAccepted
    })
}

/// With FILE left out: `PROBLEM.<ext>` in the current folder.
fn find_solution(id: &str, languages: &Languages, lang: Option<&str>) -> Result<PathBuf> {
    let candidates: Vec<PathBuf> = match lang {
        Some(l) => languages
            .get(l)?
            .extensions
            .iter()
            .map(|e| PathBuf::from(format!("{id}.{e}")))
            .collect(),
        None => languages
            .all()
            .iter()
            .flat_map(|l| {
                l.extensions
                    .iter()
                    .map(|e| PathBuf::from(format!("{id}.{e}")))
            })
            .collect(),
    };
    let found: Vec<PathBuf> = candidates.into_iter().filter(|p| p.is_file()).collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::new(format!("no solution file for `{id}` in the current folder"))
            .help(format!("name the file (grind test {id} FILE), or write one with `grind new {id} --lang LANG`"))),
        many => Err(Error::new(format!(
            "several solution files for `{id}`: {}",
            many.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        ))
        .help("name the one to judge: grind test PROBLEM FILE")),
    }
}
