//! The command line, as clap sees it. Commands turn these into calls on the library.

use crate::problem::Difficulty;
use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "grind",
    version,
    about = "A local judge for practising coding-interview problems"
)]
pub struct Cli {
    /// When to use colour (also off with NO_COLOR set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Show more: every failing test in detail, and the sandbox in force.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Parses a difficulty flag with [`Difficulty`]'s own `FromStr`; the names are offered
/// as possible values, so `--help` and the error for a wrong value list them.
fn difficulty() -> impl TypedValueParser<Value = Difficulty> {
    clap::builder::PossibleValuesParser::new(Difficulty::NAMES)
        .try_map(|name| name.parse::<Difficulty>())
}

#[derive(Debug, Subcommand)]
pub enum MockAction {
    /// Start a session: a folder with a solution file and statement per problem, and a
    /// countdown that never pauses.
    Start(StartArgs),
    /// Time left and scores; --watch keeps a live countdown.
    Status {
        /// Keep a live countdown on screen until the session ends (q or Ctrl-C quits).
        #[arg(long)]
        watch: bool,
        /// One JSON document on stdout.
        #[arg(long)]
        json: bool,
    },
    /// End the running session early and show its report.
    Finish,
    /// The report of a session (the latest by default).
    Report {
        /// The session's number (see `grind stats`); default: the latest.
        session: Option<i64>,
        /// text, markdown, json or html.
        #[arg(long, default_value = "text")]
        format: String,
        /// Write to this file instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Solved,
    Attempted,
    Unsolved,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the problems of the bank.
    List {
        /// Only problems with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only problems of this difficulty.
        #[arg(long, value_parser = difficulty())]
        difficulty: Option<Difficulty>,
        /// Only problems you have solved, attempted without solving, or not solved.
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
    },
    /// Show a problem: statement, limits and samples.
    Show {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
    },
    /// Write a solution file from the language's template, and a file for your own tests.
    New {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
        /// Language id or alias: c, cpp, rust, go, java, python, javascript.
        #[arg(long, short, env = "GRIND_LANG", default_value = "cpp")]
        lang: String,
        /// For function-signature problems: `function` (default) writes the stub of the
        /// function to complete; `stdin` a full program reading the JSON lines.
        #[arg(long, value_enum)]
        mode: Option<Mode>,
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Judge a solution on the samples and your own tests (all tests with --all).
    Test(TestArgs),
    /// Judge a solution on every test and record it in the history.
    Submit {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
        /// The solution; default: PROBLEM.<ext> in the current folder.
        file: Option<PathBuf>,
        /// Language id or alias (c, cpp, rust, go, java, python, javascript); default: from the file's extension.
        #[arg(long, short)]
        lang: Option<String>,
        /// Tests run at once (default: the number of cores).
        #[arg(short, long)]
        jobs: Option<usize>,
        /// One JSON document on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Failed submissions: list them, show one's failing cases, save a case to your
    /// tests, or re-judge your current file on them (--rerun [PROBLEM|ID] [FILE]).
    Review(ReviewArgs),
    /// Today's problem, picked from the bank and your history.
    Daily {
        /// The language of the solution file written: c, cpp, rust, go, java, python, javascript.
        #[arg(long, short, env = "GRIND_LANG", default_value = "cpp")]
        lang: String,
    },
    /// Streaks, a calendar of practice days, results by difficulty and topic.
    Stats {
        /// One JSON document on stdout.
        #[arg(long)]
        json: bool,
    },
    /// The next hint of a problem (recorded).
    Hint {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
    },
    /// The reference solution of a problem, after a confirmation (recorded).
    Solution {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
        /// Language id or alias: c, cpp, rust, go, java, python, javascript.
        #[arg(long, short, env = "GRIND_LANG", default_value = "cpp")]
        lang: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
    /// Re-test on the samples and your tests whenever the file is saved.
    Watch {
        /// A bank id (two-sum) or a folder holding a problem.yaml.
        problem: String,
        /// The solution; default: PROBLEM.<ext> in the current folder.
        file: Option<PathBuf>,
        /// Language id or alias (c, cpp, rust, go, java, python, javascript); default: from the file's extension.
        #[arg(long, short)]
        lang: Option<String>,
        /// Poll for changes instead of file-system events (WSL, network mounts).
        #[arg(long)]
        poll: bool,
    },
    /// Timed mock online assessments.
    Mock {
        #[command(subcommand)]
        action: MockAction,
    },
    /// Run a program once on an input, under limits; with --expect, judge it.
    Run(RunArgs),
    /// Find an input your solution fails (random small tests from the problem's
    /// generator, judged against its accepted solution), shrunk to a minimal one.
    Stress(StressArgs),
    /// Prove problem folders sound: tests and answers present, accepted solutions pass
    /// within half the limit, wrong ones fail, slow ones time out.
    Check {
        /// Bank ids or problem folders.
        problems: Vec<String>,
        /// Check every problem of the bank.
        #[arg(long, conflicts_with = "problems")]
        all: bool,
        /// Tests run at once (default: the number of cores).
        #[arg(short, long)]
        jobs: Option<usize>,
        /// One JSON document on stdout.
        #[arg(long)]
        json: bool,
    },
    /// Turn a problem from elsewhere into a grind problem: a Kattis/ICPC package, an
    /// online-judge-tools test folder, or Competitive Companion's JSON.
    Import(ImportArgs),
    /// Grade many candidates' solutions as `submit` judges one, writing JSON Lines,
    /// JUnit XML, CSV and an HTML leaderboard; `--shard K/N` splits the work across CI
    /// jobs, `grade merge` joins their results.
    Grade(GradeArgs),
    /// Show the toolchains found, the sandbox layers in force, and where state is kept.
    Doctor,
    /// Print shell completions.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct GradeArgs {
    #[command(subcommand)]
    pub action: Option<GradeAction>,
    /// A folder with one folder per candidate holding files named after problems
    /// (alice/two-sum.py), or a manifest: CSV (candidate,problem,file) or JSON
    /// ({"alice": {"two-sum": "alice/ts.py"}}).
    #[arg(required = true)]
    pub input: Option<PathBuf>,
    /// The problems every candidate is graded on (ids or folders, comma-separated);
    /// default: every problem a file is named after.
    #[arg(long, value_delimiter = ',')]
    pub problems: Vec<String>,
    /// Where results.jsonl, junit.xml, results.csv and report.html go; a run killed
    /// half-way resumes in it.
    #[arg(long, short, default_value = "grade-results")]
    pub out: PathBuf,
    /// Grade only the K-th of N equal shares of the pairs (K from 1), for N CI jobs.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<crate::grade::Shard>,
    /// Pairs judged at once (default: the number of cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Keep hidden tests' inputs, outputs and details in the records.
    #[arg(long)]
    pub reveal: bool,
    /// Judge every pair again, dropping the records an earlier run left in --out.
    #[arg(long)]
    pub restart: bool,
}

#[derive(Debug, Subcommand)]
pub enum GradeAction {
    /// Join the output folders of every shard into the reports one run makes.
    Merge {
        /// The shards' --out folders.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
        /// Where the joined reports go.
        #[arg(long, short, default_value = "grade-results")]
        out: PathBuf,
    },
}

/// How a solution of a function-signature problem is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// Complete the function; grind's driver does the input and output.
    Function,
    /// A full program: read one JSON value per parameter per line, print the result.
    Stdin,
}

/// The arguments of `grind test`.
#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// A bank id (two-sum) or a folder holding a problem.yaml.
    pub problem: String,
    /// The solution; default: PROBLEM.<ext> in the current folder.
    pub file: Option<PathBuf>,
    /// Language id or alias (c, cpp, rust, go, java, python, javascript); default: from the file's extension.
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Also run the hidden tests.
    #[arg(long)]
    pub all: bool,
    /// Tests run at once (default: the number of cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Keep running after the first failing test.
    #[arg(long)]
    pub keep_going: bool,
    /// One JSON document on stdout.
    #[arg(long)]
    pub json: bool,
}

/// The arguments of `grind review`.
#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// A submission id (or, with --rerun, a problem).
    pub target: Option<String>,
    /// With --rerun: the solution to judge (default PROBLEM.<ext> here).
    pub file: Option<PathBuf>,
    /// Language id or alias (c, cpp, rust, go, java, python, javascript); default: from the file's extension.
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Judge your current file again, the previously failed tests first, and say which pass now.
    #[arg(long)]
    pub rerun: bool,
    /// Append the first failing hidden case to PROBLEM.tests.yaml in this folder.
    #[arg(long, conflicts_with = "rerun")]
    pub save: bool,
    /// With --save: the failing test to save, by name.
    #[arg(long, requires = "save", value_name = "NAME")]
    pub test: Option<String>,
    /// One JSON document on stdout.
    #[arg(long)]
    pub json: bool,
}

/// The arguments of `grind stress`.
#[derive(Debug, clap::Args)]
pub struct StressArgs {
    /// A bank id (two-sum) or a folder holding a problem.yaml.
    pub problem: String,
    /// The solution; default: PROBLEM.<ext> in the current folder.
    pub file: Option<PathBuf>,
    /// Language id or alias of FILE; default: from the file's extension.
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Your own correct (slow is fine) solution to compare with, instead of the
    /// problem's accepted one.
    #[arg(long, value_name = "BRUTE")]
    pub against: Option<PathBuf>,
    /// Your own generator, in any language: it prints one test for `SEED --max-n N`.
    #[arg(long = "gen", value_name = "GEN")]
    pub generator: Option<PathBuf>,
    /// The largest size asked of the generator; sizes grow from 1 up to it
    /// (default 10, or 100000 with --tle).
    #[arg(long, value_name = "N")]
    pub max_n: Option<u64>,
    /// The first generator seed (default: random; printed, so a run can be repeated).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Stop after this many tests.
    #[arg(long, value_name = "N")]
    pub tries: Option<u64>,
    /// Stop after this long: 30s, 2m, 1500ms.
    #[arg(long, default_value = "60s", value_parser = crate::units::parse_duration)]
    pub time: std::time::Duration,
    /// Tests judged at once (default: the number of cores).
    #[arg(short, long)]
    pub jobs: Option<usize>,
    /// Hunt for the slowest input instead: sizes double, the input with the most CPU
    /// time is kept.
    #[arg(long)]
    pub tle: bool,
    /// Append the input found to FILE's tests (PROBLEM.tests.yaml), so `grind test`
    /// runs it from then on.
    #[arg(long)]
    pub save: bool,
    /// One JSON document on stdout.
    #[arg(long)]
    pub json: bool,
}

/// The arguments of `grind run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The program's source file.
    pub file: PathBuf,
    /// Language id or alias (c, cpp, rust, go, java, python, javascript); default: from the file's extension.
    #[arg(long, short)]
    pub lang: Option<String>,
    /// Input file (default: grind's stdin when it is a pipe, else empty).
    #[arg(long, short)]
    pub input: Option<PathBuf>,
    /// Expected output; gives a verdict.
    #[arg(long, short)]
    pub expect: Option<PathBuf>,
    /// CPU time limit, e.g. 2s or 500ms.
    #[arg(long, default_value = "2s")]
    pub time_limit: String,
    /// Memory limit in MiB (or with a unit: 512MiB, 1GiB).
    #[arg(long, default_value = "256")]
    pub memory_limit: String,
    /// Compare byte for byte.
    #[arg(long)]
    pub strict: bool,
    /// Talk to this interactor instead of reading the input (it gets the input file).
    #[arg(long, value_name = "PROG")]
    pub interactor: Option<PathBuf>,
    /// The interactor's protocol: testlib (exit 0 = AC) or kattis (exit 42 = AC).
    #[arg(long, default_value = "testlib", requires = "interactor", value_parser = ["testlib", "kattis"])]
    pub protocol: String,
    /// Talk to the program yourself: what you type is its input, its output shows as
    /// it prints (play an interactive problem's judge by hand; Ctrl-D ends its input).
    /// The default when stdin is a terminal and no input is given.
    #[arg(long, conflicts_with_all = ["input", "expect", "interactor", "json"])]
    pub live: bool,
    /// One JSON document on stdout.
    #[arg(long)]
    pub json: bool,
}

/// The arguments of `grind mock start`.
#[derive(Debug, clap::Args)]
pub struct StartArgs {
    /// oa (2 problems, 90 min), oa-short (2 in 70), sprint (3 easy in 45).
    #[arg(long, default_value = "oa")]
    pub preset: String,
    /// A custom session of this many problems.
    #[arg(long)]
    pub problems: Option<usize>,
    /// The length in minutes (1 to 1440), instead of the preset's.
    #[arg(long, conflicts_with = "duration")]
    pub minutes: Option<u64>,
    /// The length with a unit: 20s, 45m, 2h (at most 24 hours).
    #[arg(long)]
    pub duration: Option<String>,
    /// Difficulties to draw from (custom sessions), comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub difficulty: Vec<String>,
    /// Only problems with one of these tags, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub tags: Vec<String>,
    /// The language of the solution files written: c, cpp, rust, go, java, python, javascript.
    #[arg(long, short, env = "GRIND_LANG", default_value = "cpp")]
    pub lang: String,
    /// The session folder (default ./mock-DATE-TIME).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// The arguments of `grind import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// What is imported.
    #[arg(value_enum)]
    pub format: crate::import::Format,
    /// The package or test folder, the JSON file, or - for stdin.
    #[arg(required_unless_present = "listen")]
    pub path: Option<PathBuf>,
    /// Receive problems from Competitive Companion on this local port until Ctrl-C.
    #[arg(long, value_name = "PORT", conflicts_with_all = ["path", "id"])]
    pub listen: Option<u16>,
    /// The problem's id (default: from its name).
    #[arg(long)]
    pub id: Option<String>,
    /// The folder to write the problem folder into (default: your imported problems,
    /// listed and found beside the bank).
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// The difficulty to file the problem under.
    #[arg(long, value_parser = difficulty(), default_value = "medium")]
    pub difficulty: Difficulty,
    /// Replace the source's time limit, e.g. 2s or 500ms.
    #[arg(long)]
    pub time_limit: Option<String>,
    /// Replace the source's memory limit, in MiB or with a unit.
    #[arg(long)]
    pub memory_limit: Option<String>,
    /// Replace an earlier import of the same id.
    #[arg(long)]
    pub force: bool,
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every flag and argument of every command says what it is for in `--help`.
    #[test]
    fn every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if id != "help" && id != "version" && arg.get_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "grind", &mut missing);
        assert!(missing.is_empty(), "no help text: {missing:?}");
    }
}
