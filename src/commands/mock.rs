//! `grind mock start|status|finish|report`, and which mock a solution file belongs to.

use super::{Status, print_json};
use crate::cli::StartArgs;
use crate::error::{Error, Result};
use crate::history::{History, Mock, now_ms};
use crate::mock::{self, clock};
use crate::report::Look;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub fn start(args: StartArgs, look: &Look) -> Result<Status> {
    let mut history = History::open()?;
    if let Some(m) = history.mock(None)?.filter(Mock::running) {
        return Err(Error::new(format!(
            "mock #{} is still running ({} left)",
            m.id,
            clock(m.deadline_ms - now_ms())
        ))
        .help("`grind mock status` shows it; `grind mock finish` ends it early"));
    }
    let shape = mock::Shape::of(
        &args.preset,
        args.problems,
        &args.difficulty,
        args.duration.as_deref(),
        args.minutes,
    )?;
    let duration_ms = shape.duration_ms;
    let bank: Vec<_> = crate::bank::all()
        .into_iter()
        .filter_map(|(_, p)| p.ok())
        .collect();
    let problems = mock::select(
        &bank,
        &history.problem_stats()?,
        &shape.slots,
        &args.tags,
        now_ms() as u64,
    )?;
    let languages = crate::language::Languages::load()?;
    let language = languages.get(&args.lang)?.id.clone();
    // The answers of generated tests are made now, with progress, before the clock
    // starts: not during the first submit of each problem.
    super::prepare_tests(&problems.iter().collect::<Vec<_>>(), look)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let folder = args
        .dir
        .unwrap_or_else(|| PathBuf::from(format!("mock-{stamp}")));
    if folder.exists() && std::fs::read_dir(&folder).is_ok_and(|mut d| d.next().is_some()) {
        return Err(Error::new(format!(
            "{} already exists and is not empty",
            folder.display()
        ))
        .help("choose another folder with --dir"));
    }
    let folder = prepare_folder(&folder, |staging| {
        for p in &problems {
            super::new::write(p, &language, None, staging, false)?;
            let statement = statement_file(p);
            let path = staging.join(format!("{}.md", p.id));
            std::fs::write(&path, statement).map_err(|e| Error::io("write", &path, e))?;
        }
        Ok(())
    })?;
    let rows: Vec<(String, String, String)> = problems
        .iter()
        .map(|p| {
            (
                p.id.clone(),
                p.dir.display().to_string(),
                p.meta.title.clone(),
            )
        })
        .collect();
    let id = history
        .start_mock(
            &shape.name,
            duration_ms,
            &folder.display().to_string(),
            &language,
            &rows,
        )
        .inspect_err(|_| {
            let _ = crate::fsutil::remove_all(&folder);
        })?;
    println!(
        "{}",
        look.bold(&format!(
            "mock #{id} started: {} problem(s), {} — the clock is running",
            problems.len(),
            clock(duration_ms)
        ))
    );
    println!("folder: {}", folder.display());
    for (i, p) in problems.iter().enumerate() {
        println!(
            "  {}. {:<28} {:<7} {}",
            i + 1,
            p.id,
            p.meta.difficulty.as_str(),
            look.dim(&format!("{}.md", p.id))
        );
    }
    println!("{}", look.dim("in that folder: `grind test PROBLEM` on the samples, `grind submit PROBLEM` on the hidden tests (the last submission counts);"));
    println!("{}", look.dim("`grind mock status --watch` shows the countdown, `grind mock finish` ends early, `grind mock report` when done."));
    Ok(Status::Ok)
}

/// Makes the session folder whole or not at all: `fill` writes it as a hidden sibling,
/// which is then renamed into place, so a start killed midway (or out of disk) leaves
/// no half-written folder to refuse the next `--dir`. Siblings left by a killed start
/// are removed. Returns the folder's canonical path.
fn prepare_folder(folder: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<PathBuf> {
    let parent = match folder.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, e))?;
    let parent = parent
        .canonicalize()
        .map_err(|e| Error::io("open", &parent, e))?;
    let name = folder
        .file_name()
        .ok_or_else(|| Error::new(format!("{} is not a folder name", folder.display())))?
        .to_string_lossy()
        .into_owned();
    let prefix = format!(".{name}.partial-");
    if let Ok(entries) = std::fs::read_dir(&parent) {
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            let pid = file
                .strip_prefix(&prefix)
                .and_then(|p| p.parse::<u32>().ok());
            if pid.is_some_and(crate::fsutil::is_gone) {
                let _ = crate::fsutil::remove_all(&e.path());
            }
        }
    }
    let staging = parent.join(format!("{prefix}{}", std::process::id()));
    let _ = crate::fsutil::remove_all(&staging);
    std::fs::create_dir(&staging).map_err(|e| Error::io("create", &staging, e))?;
    let target = parent.join(&name);
    // An empty folder given with --dir is replaced by the rename.
    let made = fill(&staging).and_then(|()| {
        std::fs::rename(&staging, &target).map_err(|e| Error::io("create", &target, e))
    });
    if made.is_err() {
        let _ = crate::fsutil::remove_all(&staging);
    }
    made.map(|()| target)
}

/// The statement with limits and samples, as a file in the session folder.
fn statement_file(p: &crate::problem::Problem) -> String {
    let mut text = p.statement().unwrap_or_default();
    text += &format!(
        "\n\nTime limit: {} (before the language multiplier). Memory limit: {} MiB.\n",
        crate::units::format_duration(p.time_limit()),
        p.memory_limit() >> 20
    );
    for (i, s) in p.meta.samples.iter().enumerate() {
        text += &format!(
            "\n## Sample {}\n\nInput:\n```\n{}```\nOutput:\n```\n{}```\n",
            i + 1,
            s.input,
            s.output
        );
        if let Some(e) = &s.explanation {
            text += &format!("\n{e}\n");
        }
    }
    text
}

fn latest(history: &History, id: Option<i64>) -> Result<Mock> {
    history.mock(id)?.ok_or_else(|| match id {
        Some(id) => Error::new(format!("there is no mock #{id}")),
        None => Error::new("no mock assessment yet")
            .help("start one with `grind mock start` (presets: oa, oa-short, sprint)"),
    })
}

pub fn status(watch: bool, json: bool, look: &Look) -> Result<Status> {
    let history = History::open_read()?;
    let id = latest(&history, None)?.id;
    let interactive = std::io::stdout().is_terminal();
    loop {
        let report = mock::report(&history, latest(&history, Some(id))?)?;
        if json {
            print_json(&report);
            return Ok(Status::Ok);
        }
        if watch && interactive {
            let _ = console::Term::stdout().clear_screen();
        }
        print!("{}", status_text(&report, look));
        if !watch || !report.running {
            return Ok(Status::Ok);
        }
        // Wake on the next whole second of the countdown.
        let wait = (report.remaining_ms % 1000).max(1) as u64;
        std::thread::sleep(std::time::Duration::from_millis(wait.min(1000)));
    }
}

fn status_text(r: &mock::MockReport, look: &Look) -> String {
    let mut out = String::new();
    let head = if r.running {
        format!("mock #{} · {} left", r.mock.id, clock(r.remaining_ms))
    } else {
        format!("mock #{} · ended", r.mock.id)
    };
    out += &format!(
        "{}  {}\n",
        look.bold(&head),
        look.dim(&format!(
            "score {:.0}/{:.0} · {}",
            r.total, r.max_total, r.mock.folder
        ))
    );
    if !Path::new(&r.mock.folder).is_dir() {
        out += &format!("  {}\n", look.dim("the session folder is gone; the session and its submissions are kept in the history"));
    }
    for p in &r.problems {
        out += &format!(
            "  {:<28} current {:>3.0}  best {:>3.0}  attempts {}\n",
            p.problem, p.counted, p.best, p.attempts
        );
    }
    out
}

pub fn finish(look: &Look) -> Result<Status> {
    let history = History::open()?;
    let m = latest(&history, None)?;
    if !m.running() {
        return Err(Error::new(format!("mock #{} has already ended", m.id))
            .help("`grind mock report` shows its report"));
    }
    history.finish_mock(m.id)?;
    let report = mock::report(&history, latest(&history, Some(m.id))?)?;
    print!("{}", crate::mock::render::text(&report));
    let _ = look;
    Ok(Status::Ok)
}

pub fn report(session: Option<i64>, format: &str, output: Option<PathBuf>) -> Result<Status> {
    let history = History::open_read()?;
    let report = mock::report(&history, latest(&history, session)?)?;
    let text = match format {
        "text" => crate::mock::render::text(&report),
        "markdown" | "md" => crate::mock::render::markdown(&report),
        "json" => serde_json::to_string_pretty(&report).expect("serialises") + "\n",
        "html" => crate::mock::render::html(&report),
        other => {
            return Err(Error::new(format!("unknown report format `{other}`"))
                .help("use text, markdown, json or html"));
        }
    };
    match output {
        Some(path) => {
            crate::fsutil::write_atomic(&path, text.as_bytes())
                .map_err(|e| Error::io("write", &path, e))?;
            println!("wrote {}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(Status::Ok)
}
