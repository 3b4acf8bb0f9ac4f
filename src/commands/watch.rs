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
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    // Before any thread starts, so that every thread inherits the blocked signals.
    let _terminal = end_cleanly_on_signal(interactive);
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
            && is_save(&event.kind, poll)
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
                // After `q`, no further read: it would put the terminal in raw mode
                // again as grind exits.
                let quit = matches!(trigger, Trigger::Quit);
                if keys.send(trigger).is_err() || quit {
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

/// A save: data written, a file created or renamed into place, or closed after
/// writing. Not opens, reads or other metadata changes: grind's own reads of the file
/// while judging it would otherwise start the next judging. The poll watcher reports
/// a write as a new modification time (and as a data change only when the time did
/// not move), and reads do not move it.
fn is_save(kind: &notify::EventKind, poll: bool) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind, MetadataKind, ModifyKind};
    match kind {
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::WriteTime)) => poll,
        _ => matches!(
            kind,
            EventKind::Create(_)
                | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any)
                | EventKind::Access(AccessKind::Close(AccessMode::Write))
        ),
    }
}

/// The terminal's settings as they were, put back when dropped.
struct Terminal(libc::termios);

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end `watch`, its usual way out, cleanly: the
/// terminal's settings are put back (reading a key puts it in raw mode; dying then
/// would leave it without echo or Ctrl-C) and grind's scratch folder is removed.
fn end_cleanly_on_signal(interactive: bool) -> Option<Terminal> {
    // SAFETY: termios is plain data that tcgetattr fills; the signal set is built and
    // blocked before any other thread exists; the waiting thread only restores the
    // settings, removes the scratch folder and exits.
    unsafe {
        let mut saved: libc::termios = std::mem::zeroed();
        if interactive {
            libc::tcgetattr(libc::STDIN_FILENO, &mut saved);
        }
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
            libc::sigaddset(&mut set, signal);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        std::thread::spawn(move || {
            let mut signal = 0;
            libc::sigwait(&set, &mut signal);
            if interactive {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &saved);
            }
            crate::fsutil::remove_scratch();
            std::process::exit(128 + signal);
        });
        interactive.then_some(Terminal(saved))
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        // SAFETY: restoring settings read from the same descriptor.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.0) };
    }
}
