//! `grind watch`: re-tests on every save.

use super::Status;
use super::test;
use crate::error::{Error, Result};
use crate::judging::{Which, find_solution};
use crate::language::Languages;
use crate::report::Look;
use notify::Watcher;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Saves arrive as bursts of events (write, rename, chmod); wait this long for quiet.
const DEBOUNCE: Duration = Duration::from_millis(150);
const POLL_EVERY: Duration = Duration::from_millis(500);

enum Trigger {
    Changed,
    Rerun,
    Quit,
}

/// Re-tests on every save until Ctrl-C (or `q`). Watches the folder, not the file:
/// editors save by writing a new file and renaming it over the old one.
pub fn run(
    problem: &str,
    file: Option<PathBuf>,
    lang: Option<&str>,
    poll: bool,
    look: &Look,
) -> Result<Status> {
    let found = crate::bank::find(problem)?;
    let file = match file {
        Some(f) => f,
        None => find_solution(&found.id, &Languages::load()?, lang)?,
    };
    let file = std::path::absolute(&file).map_err(|e| Error::io("find", &file, e))?;
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let tests_file = crate::judging::user_tests_path(&file);
    let (tx, rx) = mpsc::channel::<Trigger>();
    let watched = [file.clone(), tests_file];
    let events = tx.clone();
    let handler = move |res: notify::Result<notify::Event>| {
        if let Ok(event) = res
            && event.paths.iter().any(|p| watched.iter().any(|w| w == p))
        {
            let _ = events.send(Trigger::Changed);
        }
    };
    let mut watcher: Box<dyn Watcher> = if poll {
        let config = notify::Config::default()
            .with_poll_interval(POLL_EVERY)
            .with_compare_contents(true);
        Box::new(
            notify::PollWatcher::new(handler, config)
                .map_err(|e| Error::new(format!("cannot watch {}: {e}", dir.display())))?,
        )
    } else {
        Box::new(notify::recommended_watcher(handler).map_err(|e| {
            Error::new(format!("cannot watch {}: {e}", dir.display()))
                .help("use --poll where file events do not arrive (WSL, network mounts)")
        })?)
    };
    watcher
        .watch(&dir, notify::RecursiveMode::NonRecursive)
        .map_err(|e| {
            Error::new(format!("cannot watch {}: {e}", dir.display()))
                .help("use --poll where file events do not arrive")
        })?;
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if interactive {
        let keys = tx.clone();
        std::thread::spawn(move || {
            let term = console::Term::stdout();
            while let Ok(key) = term.read_key() {
                let trigger = match key {
                    console::Key::Char('r') | console::Key::Enter => Trigger::Rerun,
                    console::Key::Char('q') | console::Key::Escape => Trigger::Quit,
                    _ => continue,
                };
                if keys.send(trigger).is_err() {
                    return;
                }
            }
        });
    }
    loop {
        if interactive {
            let _ = console::Term::stdout().clear_screen();
        }
        let ask = test::Ask {
            problem: &found.dir.display().to_string(),
            file: Some(file.clone()),
            lang,
            which: Which::Practice,
            jobs: None,
            keep_going: false,
            first: &[],
        };
        match test::judge(&ask, false, false, look) {
            Ok(judged) => test::show(&judged.report, false, false, false, look),
            Err(e) => eprint!("{}", crate::error::render(&e, look.color)),
        }
        let how = if poll { "polling" } else { "watching" };
        let keys = if interactive {
            ": r re-runs, q quits"
        } else {
            "; Ctrl-C stops"
        };
        println!(
            "{}",
            look.dim(&format!("{how} {} for changes{keys}", file.display()))
        );
        match rx.recv() {
            Ok(Trigger::Quit) | Err(_) => return Ok(Status::Ok),
            Ok(Trigger::Rerun) => continue,
            Ok(Trigger::Changed) => {
                // Debounce: let the burst of events of one save settle.
                while let Ok(t) = rx.recv_timeout(DEBOUNCE) {
                    if matches!(t, Trigger::Quit) {
                        return Ok(Status::Ok);
                    }
                }
            }
        }
    }
}
