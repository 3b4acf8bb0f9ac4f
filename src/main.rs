//! The `grind` binary: parses the command line, decides colour once, and maps results to exit codes (0 accepted, 1 not accepted, 2 error).

use clap::Parser;
use grind::cli::{Cli, ColorChoice};
use grind::commands::{self, Status};
use grind::report::Look;
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The spawn helper is this same binary; it must start before anything else.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == grind::sandbox::HELPER_ARG)
    {
        return grind::sandbox::serve();
    }
    // Like grep: a closed pipe (`grind list | head`) ends grind quietly, not in a panic.
    // SAFETY: restoring the default disposition of one signal before any thread starts.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let cli = Cli::parse();
    let look = look(cli.color);
    // What killed grinds left in the temporary folder goes now.
    grind::fsutil::sweep_scratch();
    let code = match commands::run(cli, look) {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::NotAccepted) => ExitCode::from(1),
        Err(err) => {
            eprint!("{}", grind::error::render(&err, look.color));
            ExitCode::from(2)
        }
    };
    grind::fsutil::remove_scratch();
    code
}

/// Colour and progress are decided once: the flag, then NO_COLOR, then TERM=dumb, then
/// whether stderr is a terminal. The console crate is told, so nothing overrides it.
fn look(choice: ColorChoice) -> Look {
    let terminal = std::io::stderr().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::io::stdout().is_terminal() && !no_color && !dumb,
    };
    console::set_colors_enabled(color);
    console::set_colors_enabled_stderr(color);
    let width = console::Term::stdout()
        .size_checked()
        .map(|(_, w)| w as usize)
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(usize::MAX);
    Look {
        color,
        width,
        progress: terminal && !dumb && std::env::var_os("CI").is_none(),
    }
}
