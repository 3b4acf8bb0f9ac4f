//! One function per command: turns parsed arguments into library calls and prints.

mod check;
mod daily;
mod doctor;
mod grade;
mod hint;
mod import;
mod list;
mod mock;
mod new;
mod review;
mod run;
mod show;
mod stats;
mod stress;
mod submit;
mod test;
mod watch;

use crate::cli::{Cli, Command, MockAction};
use crate::error::Result;
use crate::report::Look;

/// What a command tells `main` to exit with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Accepted, or a command with nothing to judge that succeeded: exit 0.
    Ok,
    /// Judged and not accepted: exit 1.
    NotAccepted,
}

pub fn run(cli: Cli, look: Look) -> Result<Status> {
    let verbose = cli.verbose;
    match cli.command {
        Command::List {
            tag,
            difficulty,
            status,
        } => list::run(tag, difficulty, status, &look),
        Command::Show { problem } => show::run(&problem, &look),
        Command::New {
            problem,
            lang,
            mode,
            force,
        } => new::run(&problem, &lang, mode, force),
        Command::Test(args) => test::run(args, verbose, &look),
        Command::Run(args) => run::run(args, verbose, &look),
        Command::Stress(args) => stress::run(args, &look),
        Command::Check {
            problems,
            all,
            jobs,
            json,
        } => check::run(
            problems,
            all,
            jobs.unwrap_or_else(crate::judging::default_jobs),
            json,
            &look,
        ),
        Command::Submit {
            problem,
            file,
            lang,
            jobs,
            json,
        } => submit::run(&problem, file, lang.as_deref(), jobs, json, verbose, &look),
        Command::Import(args) => import::run(args, &look),
        Command::Grade(args) => grade::run(args, &look),
        Command::Review(args) => review::run(args, &look),
        Command::Daily { lang } => daily::run(&lang, &look),
        Command::Stats { json } => stats::run(json, &look),
        Command::Hint { problem } => hint::hint(&problem, &look),
        Command::Solution { problem, lang, yes } => hint::solution(&problem, &lang, yes, &look),
        Command::Watch {
            problem,
            file,
            lang,
            poll,
        } => watch::run(&problem, file, lang.as_deref(), poll, &look),
        Command::Mock { action } => match action {
            MockAction::Start(args) => mock::start(args, &look),
            MockAction::Status { watch, json } => mock::status(watch, json, &look),
            MockAction::Finish => mock::finish(&look),
            MockAction::Report {
                session,
                format,
                output,
            } => mock::report(session, &format, output),
        },
        Command::Doctor => doctor::run(&look),
        Command::Completions { shell } => {
            use clap::CommandFactory;
            clap_complete::generate(shell, &mut Cli::command(), "grind", &mut std::io::stdout());
            Ok(Status::Ok)
        }
    }
}

/// Default number of parallel tests: the number of cores.
/// Prints a value as one JSON document on stdout.
fn print_json(value: &impl serde::Serialize) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("reports serialise")
    );
}

/// Makes the generated tests of `problems` now (with progress), so that the first
/// submit does not wait for them: before a mock's clock starts, and for the daily.
pub fn prepare_tests(problems: &[&crate::problem::Problem], look: &Look) -> Result<()> {
    let mut judge = crate::judging::Judge::start()?;
    for problem in problems {
        let mut progress = crate::report::Progress::new(*look, false);
        judge.generated_tests(problem, &mut |e| progress.on(e))?;
        progress.finish();
    }
    Ok(())
}
