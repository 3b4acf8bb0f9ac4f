//! `grind review`: failed submissions, their cases, saving one, re-judging on them.

use super::test;
use super::{Status, print_json};
use crate::checking::{self, CheckerSpec};
use crate::cli::ReviewArgs;
use crate::diff;
use crate::error::{Error, Result};
use crate::history::{CASE_CAP, History, StoredTest, Submission};
use crate::judging::{UserTest, Which, append_user_test, user_tests_path};
use crate::report::Look;
use crate::units::format_kib;
use crate::verdict::Verdict;
use std::path::PathBuf;

pub fn run(args: ReviewArgs, look: &Look) -> Result<Status> {
    let history = History::open_read()?;
    if args.rerun {
        return rerun(&history, args, look);
    }
    match &args.target {
        None => list(&history, args.json, look),
        Some(target) => {
            let id = parse_id(target)?;
            let sub = find(&history, id)?;
            if args.save {
                save(&history, &sub, args.test.as_deref())
            } else {
                show(&history, &sub, args.json, look)
            }
        }
    }
}

/// The submission's problem: from the bank, else from the folder it was judged in.
fn problem_of(sub: &Submission) -> Result<crate::problem::Problem> {
    crate::bank::find(&sub.problem).or_else(|e| {
        if std::path::Path::new(&sub.problem_dir).is_dir() {
            crate::problem::Problem::load(std::path::Path::new(&sub.problem_dir))
        } else {
            Err(e)
        }
    })
}

fn parse_id(text: &str) -> Result<i64> {
    text.trim_start_matches('#').parse().map_err(|_| {
        Error::new(format!("`{text}` is not a submission id"))
            .help("`grind review` lists failed submissions with their ids")
    })
}

fn find(history: &History, id: i64) -> Result<Submission> {
    history.submission(id)?.ok_or_else(|| {
        Error::new(format!("there is no submission #{id}"))
            .help("`grind review` lists failed submissions with their ids")
    })
}

/// While a mock with the submission's problem runs, its hidden tests stay hidden.
fn hidden(history: &History, sub: &Submission) -> Result<bool> {
    Ok(crate::mock::keeper(history, &sub.problem)?.is_some())
}

fn first_failure(history: &History, sub: &Submission) -> Result<Option<StoredTest>> {
    Ok(history
        .tests_of(sub.id)?
        .into_iter()
        .find(|t| !t.verdict.is_accepted()))
}

fn list(history: &History, json: bool, look: &Look) -> Result<Status> {
    let subs = history.submissions(true, None, 30)?;
    if json {
        let rows: Vec<serde_json::Value> = subs
            .iter()
            .map(|s| {
                let first = first_failure(history, s).ok().flatten().map(|t| t.name);
                let mut v = serde_json::to_value(s).expect("serialises");
                v["first_failing_test"] = first.into();
                v["fixed_by"] = history.fixed_by(s).ok().flatten().into();
                v
            })
            .collect();
        print_json(&rows);
        return Ok(Status::Ok);
    }
    if subs.is_empty() {
        println!("no failed submissions yet");
        return Ok(Status::Ok);
    }
    // Columns as wide as their longest entry, so that long ids keep them in line.
    let mut rows = Vec::new();
    for s in &subs {
        let first = first_failure(history, s)?
            .map(|t| t.name)
            .unwrap_or_else(|| "-".into());
        rows.push((
            s,
            crate::visible::text(&first).into_owned(),
            history.fixed_by(s)?,
        ));
    }
    let problem_w = rows
        .iter()
        .map(|(s, _, _)| s.problem.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let first_w = rows
        .iter()
        .map(|(_, f, _)| f.chars().count())
        .max()
        .unwrap_or(0)
        .max(13);
    println!(
        "{}",
        look.dim(&format!(
            "{:>5}  {:<10}  {:<problem_w$}  verdict  {:<first_w$}  score",
            "id", "day", "problem", "first failing"
        ))
    );
    for (s, first, fixed_by) in &rows {
        let verdict = look.verdict(s.verdict);
        let fixed = match fixed_by {
            Some(id) => look.dim(&format!("  fixed since (#{id} AC)")),
            None => String::new(),
        };
        println!(
            "{:>5}  {:<10}  {:<problem_w$}  {verdict}      {:<first_w$}  {}/{}{fixed}",
            format!("#{}", s.id),
            s.day,
            s.problem,
            first,
            s.passed,
            s.total
        );
    }
    println!("{}", look.dim("`grind review ID` shows the failing cases; `grind review --rerun PROBLEM` re-judges them"));
    Ok(Status::Ok)
}

fn show(history: &History, sub: &Submission, json: bool, look: &Look) -> Result<Status> {
    let mut tests = history.tests_of(sub.id)?;
    let hide = hidden(history, sub)?;
    if hide {
        for t in tests.iter_mut().filter(|t| !t.sample) {
            t.detail = crate::verdict::public_detail(t.verdict, &t.detail);
            t.case = None;
        }
    }
    if json {
        let failing: Vec<serde_json::Value> = tests
            .iter()
            .filter(|t| !t.verdict.is_accepted())
            .map(|t| {
                let mut v = serde_json::to_value(t).expect("serialises");
                if let Some(c) = &t.case {
                    v["input"] = String::from_utf8_lossy(&c.input).into();
                    v["input_size"] = c.input_size.into();
                    v["expected"] = c
                        .expected
                        .as_ref()
                        .map(|e| String::from_utf8_lossy(e).into_owned())
                        .into();
                    v["expected_size"] = c.expected_size.into();
                    v["actual"] = String::from_utf8_lossy(&c.actual).into();
                    v["actual_size"] = c.actual_size.into();
                    v["stderr"] = String::from_utf8_lossy(&c.stderr).into();
                }
                v
            })
            .collect();
        let mut v = serde_json::to_value(sub).expect("serialises");
        v["failing"] = failing.into();
        print_json(&v);
        return Ok(Status::Ok);
    }
    let verdict = look.verdict(sub.verdict);
    println!(
        "{} {}  #{} · {} · {} · {} · {}/{} tests passed",
        verdict,
        look.bold(&sub.title),
        sub.id,
        sub.created_at,
        sub.language,
        sub.source_name,
        sub.passed,
        sub.total
    );
    let problem = problem_of(sub).ok();
    let checker = problem
        .as_ref()
        .map(|p| (p.meta.checker.clone(), p.meta.signature.is_some()));
    let names = problem
        .as_ref()
        .and_then(|p| p.meta.signature.as_ref())
        .map(|s| s.input_names())
        .unwrap_or_default();
    for t in tests.iter().filter(|t| !t.verdict.is_accepted()) {
        println!();
        let v = look.verdict(t.verdict);
        println!(
            "{v} on test {}  {}",
            look.bold(&crate::visible::text(&t.name)),
            look.dim(&format!(
                "cpu {} ms · wall {} ms · memory {}",
                t.cpu_ms,
                t.wall_ms,
                format_kib(t.memory_kib)
            ))
        );
        if !t.detail.is_empty() {
            println!("  {}", crate::visible::text(&t.detail));
        }
        if hide && !t.sample {
            println!(
                "  {}",
                look.dim("(hidden test of a running mock: shown when the mock ends)")
            );
            continue;
        }
        if let Some(case) = &t.case {
            print!("{}", case_display(case, checker.as_ref(), &names, look)?);
        }
    }
    // A hidden failure is where a stress test helps: random small inputs, compared
    // with the accepted solution, the failing one shrunk. Not while a mock runs.
    let generates = problem
        .as_ref()
        .is_some_and(|p| p.meta.tests.iter().any(|t| t.generate.is_some()));
    if generates && !hide && sub.verdict != crate::verdict::Verdict::CE {
        println!(
            "\n{}",
            look.dim(&format!(
                "to find a small input that fails like this: grind stress {} {}",
                sub.problem, sub.source_name
            ))
        );
    }
    Ok(Status::Ok)
}

/// Input, then expected and actual side by side around the first difference.
fn case_display(
    case: &crate::history::StoredCase,
    checker: Option<&(CheckerSpec, bool)>,
    names: &[String],
    look: &Look,
) -> Result<String> {
    let mut out = String::new();
    let cut = |size: usize| {
        if size > CASE_CAP {
            format!(
                " (first {} of {})",
                format_kib(CASE_CAP as u64 / 1024),
                format_kib(size as u64 / 1024)
            )
        } else {
            String::new()
        }
    };
    out += &format!(
        "{}\n",
        look.dim(&format!("  input{}:", cut(case.input_size)))
    );
    for line in diff::input_of(&case.input, names).lines() {
        out += &format!("    {line}\n");
    }
    // A function's case holds its returned value; its prints are kept apart.
    let ours = if case.printed.is_some() {
        "returned"
    } else {
        "your output"
    };
    let shown_as_stored = |out: &mut String| {
        *out += &format!(
            "{}\n",
            look.dim(&format!("  {ours}{}:", cut(case.actual_size)))
        );
        for line in diff::head_of(&case.actual, 10, 2000).lines() {
            *out += &format!("    {line}\n");
        }
    };
    if let Some(transcript) = &case.transcript {
        out += &crate::report::exchange(transcript, look);
    }
    match (&case.window, &case.expected) {
        // An interactive run is judged by its interactor: the exchange is the case.
        _ if case.transcript.is_some() => {}
        // The diff the run showed, whatever was cut when the case was stored.
        (Some(window), _) => out += &window.render(ours, look.width, look.color),
        // Recorded by an older grind: compare what was stored, as the run did (a
        // checker program's verdict cannot be redone here: its output is shown).
        (None, Some(expected))
            if !matches!(checker, Some((CheckerSpec::Custom { .. }, _)))
                && case.expected_size <= CASE_CAP
                && case.actual_size <= CASE_CAP =>
        {
            let dir = crate::fsutil::temp_dir()?;
            let answer = dir.path().join("expected");
            std::fs::write(&answer, expected).map_err(|e| Error::io("write", &answer, e))?;
            let (spec, json) = checker.cloned().unwrap_or((CheckerSpec::Tokens, false));
            let actual = crate::sandbox::Captured::from_vec(case.actual.clone());
            match checking::compare(&spec, json, false, &actual, &answer)? {
                Some(m) => {
                    out += &diff::render(&case.actual, &answer, &m, ours, look.width, look.color)
                }
                None => shown_as_stored(&mut out),
            }
        }
        _ if !case.actual.is_empty() => shown_as_stored(&mut out),
        _ => {}
    }
    if let Some(printed) = case.printed.as_ref().filter(|p| !p.is_empty()) {
        out += &format!("{}\n", look.dim("  your output (stdout):"));
        for line in diff::head_of(printed, 10, 2000).lines() {
            out += &format!("    {line}\n");
        }
    }
    if !case.stderr.is_empty() {
        out += &format!("{}\n", look.dim("  stderr (end):"));
        let text = crate::visible::bytes(&case.stderr);
        let lines: Vec<&str> = text.lines().collect();
        for line in &lines[lines.len().saturating_sub(8)..] {
            out += &format!("    {line}\n");
        }
    }
    Ok(out)
}

/// Appends a failing case (`test`, or the first failing hidden one: samples are run
/// by `grind test` already) to the problem's tests file in this folder.
fn save(history: &History, sub: &Submission, test: Option<&str>) -> Result<Status> {
    if hidden(history, sub)? {
        return Err(Error::new(format!(
            "`{}` is in a running mock: its hidden tests stay hidden until the mock ends",
            sub.problem
        )));
    }
    let tests = history.tests_of(sub.id)?;
    let savable = |t: &&StoredTest| {
        !t.verdict.is_accepted() && t.case.as_ref().is_some_and(|c| c.expected.is_some())
    };
    let t = match test {
        Some(name) => {
            let t = tests.iter().find(|t| t.name == name).ok_or_else(|| {
                let names: Vec<&str> = tests.iter().filter(savable).map(|t| t.name.as_str()).collect();
                Error::new(format!("submission #{} has no test `{name}`", sub.id))
                    .help(format!("failing tests it can save: {}", names.join(", ")))
            })?;
            if !savable(&t) {
                return Err(Error::new(format!(
                    "test {name} of submission #{} did not fail with an expected output to save",
                    sub.id
                )));
            }
            t
        }
        None => tests
            .iter()
            .filter(savable)
            .find(|t| !t.sample)
            .ok_or_else(|| {
                Error::new(format!(
                    "submission #{} has no failed hidden case with an expected output to save",
                    sub.id
                ))
                .help("failing samples are run by `grind test` already; `--test NAME` saves one anyway")
            })?,
    };
    let case = t.case.as_ref().expect("checked");
    if case.input_size > CASE_CAP || case.expected_size > CASE_CAP {
        return Err(Error::new(format!(
            "test {} is larger than 64 KiB and was stored cut; it cannot be saved whole",
            t.name
        ))
        .help("run the whole test with `grind test PROBLEM --all`"));
    }
    let file = user_tests_path(&PathBuf::from(format!("{}.x", sub.problem)));
    let name = format!("{}-from-{}", t.name, sub.id);
    let entry = UserTest {
        name: Some(name.clone()),
        input: String::from_utf8_lossy(&case.input).into_owned(),
        output: case
            .expected
            .as_ref()
            .map(|e| String::from_utf8_lossy(e).into_owned()),
    };
    if !append_user_test(&file, &entry)? {
        println!("{} already holds {name}", file.display());
        return Ok(Status::Ok);
    }
    println!(
        "saved test {name} to {}; `grind test {}` runs it",
        file.display(),
        sub.problem
    );
    Ok(Status::Ok)
}

/// A problem argument as stored in the history: a path's folder name, or the id.
fn problem_id(arg: &str) -> &str {
    std::path::Path::new(arg.trim_end_matches('/'))
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(arg)
}

/// Re-judges the current file, the previously failed tests first, and says which pass now.
fn rerun(history: &History, args: ReviewArgs, look: &Look) -> Result<Status> {
    let sub = match &args.target {
        Some(t) if t.trim_start_matches('#').parse::<i64>().is_ok() => find(history, parse_id(t)?)?,
        Some(problem) => history
            .submissions(true, Some(problem_id(problem)), 1)?
            .into_iter()
            .next()
            .ok_or_else(|| {
                Error::new(format!("no failed submission of `{problem}` to re-run"))
                    .help("`grind review` lists failed submissions")
            })?,
        None => history
            .submissions(true, None, 1)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::new("no failed submission to re-run"))?,
    };
    let failed: Vec<String> = history
        .tests_of(sub.id)?
        .into_iter()
        .filter(|t| !t.verdict.is_accepted())
        .map(|t| t.name)
        .collect();
    let problem_arg = problem_of(&sub)?.dir.display().to_string();
    let ask = test::Ask {
        problem: &problem_arg,
        file: args.file,
        lang: args.lang.as_deref(),
        which: Which::Submit,
        jobs: None,
        keep_going: true,
        first: &failed,
    };
    let judged = test::judge(&ask, args.json, false, look)?;
    let hide = hidden(history, &sub)?;
    let shown = judged.report.shown(hide);
    let now: Vec<(String, Verdict)> = judged
        .report
        .tests
        .iter()
        .filter(|t| failed.contains(&t.name))
        .map(|t| (t.name.clone(), t.verdict))
        .collect();
    if args.json {
        let mut v = serde_json::to_value(&*shown).expect("serialises");
        v["previous"] = sub.id.into();
        v["fixed"] = now
            .iter()
            .filter(|(_, v)| *v == Verdict::AC)
            .map(|(n, _)| n.clone())
            .collect::<Vec<_>>()
            .into();
        v["still_failing"] = now
            .iter()
            .filter(|(_, v)| *v != Verdict::AC)
            .map(|(n, _)| n.clone())
            .collect::<Vec<_>>()
            .into();
        print_json(&v);
    } else {
        // One line for the earlier failures; the table below has every test.
        let (fixed, still): (Vec<_>, Vec<_>) = now.iter().partition(|(_, v)| *v == Verdict::AC);
        let names = |list: &[&(String, Verdict)]| {
            list.iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut line = format!("previously failed in #{}: {} test(s)", sub.id, failed.len());
        if !fixed.is_empty() {
            line += &format!("; now passing: {}", names(&fixed));
        }
        if !still.is_empty() {
            line += &format!("; still failing: {}", names(&still));
        }
        println!("{}\n", look.bold(&line));
        test::show(&shown, false, false, hide, look);
    }
    Ok(test::status(&judged.report))
}
