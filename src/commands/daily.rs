//! `grind daily`: today's problem, remembered for the day.

use super::Status;
use crate::error::{Error, Result};
use crate::history::{History, today};
use crate::practice::{self, Candidate};
use crate::report::Look;
use chrono::NaiveDate;

/// Today's problem: chosen once per day from the bank and the history, then shown,
/// with a solution file written unless one exists.
pub fn run(lang: &str, look: &Look) -> Result<Status> {
    // The language is checked before anything is chosen or shown.
    let languages = crate::language::Languages::load()?;
    let language = languages.get(lang)?;
    let history = History::open()?;
    let day = today();
    let problems: Vec<_> = crate::bank::all()
        .into_iter()
        .filter_map(|(_, p)| p.ok())
        .collect();
    let id = match history.daily_pick(&day.to_string())? {
        Some(id) if problems.iter().any(|p| p.id == id) => id,
        _ => {
            let candidates: Vec<Candidate> = problems
                .iter()
                .map(|p| Candidate {
                    id: p.id.clone(),
                    tags: p.meta.tags.clone(),
                })
                .collect();
            let stats = history.problem_stats()?;
            let pick = practice::pick_daily(&candidates, &stats, day)
                // Everything solved and nothing due: the least recently solved comes back.
                .or_else(|| {
                    stats
                        .iter()
                        .filter(|s| problems.iter().any(|p| p.id == s.problem))
                        .min_by_key(|s| s.last_solved.clone())
                        .map(|s| s.problem.clone())
                })
                .ok_or_else(|| {
                    Error::new("the problem bank is empty")
                        .help("add problems to problems/ or set GRIND_PROBLEMS")
                })?;
            history.set_daily_pick(&day.to_string(), &pick)?;
            pick
        }
    };
    let days: Vec<NaiveDate> = history
        .practice_days()?
        .iter()
        .filter_map(|(d, _)| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let (current, _) = practice::streaks(&days, day);
    let practiced_today = days.last() == Some(&day);
    println!(
        "{}  {}",
        look.bold(&format!("daily problem for {day}: {id}")),
        look.dim(&if practiced_today {
            format!("streak {current} day(s), today counted")
        } else {
            format!("streak {current} day(s); submit today to keep it")
        })
    );
    println!();
    super::show::run(&id, look)?;
    println!();
    let ext = language.extensions.first().cloned().unwrap_or_default();
    if std::path::Path::new(&format!("{id}.{ext}")).exists() {
        println!(
            "{}",
            look.dim(&format!(
                "{id}.{ext} is already here: `grind test {id}`, then `grind submit {id}`"
            ))
        );
    } else {
        super::new::run(&id, lang, None, false)?;
    }
    // The hidden tests' answers are made now, not at the first submit.
    if let Some(problem) = problems.iter().find(|p| p.id == id)
        && let Err(e) = super::prepare_tests(&[problem], look)
    {
        eprint!("{}", crate::error::render(&e, look.color));
    }
    Ok(Status::Ok)
}
