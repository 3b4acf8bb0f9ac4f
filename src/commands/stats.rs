//! `grind stats`: streaks, calendar, difficulty and topic figures, recent mocks.

use super::{Status, print_json};
use crate::error::Result;
use crate::history::{History, today};
use crate::practice::{self, TopicStat};
use crate::report::Look;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// Weeks shown in the calendar.
const WEEKS: i64 = 16;

#[derive(Serialize)]
struct Stats {
    today: String,
    streak_current: usize,
    streak_longest: usize,
    practice_days: usize,
    submissions: usize,
    calendar: BTreeMap<String, usize>,
    by_difficulty: BTreeMap<String, Level>,
    topics: Vec<TopicStat>,
    hints_viewed: usize,
    solutions_viewed: usize,
    clean_solves: usize,
    mocks: Vec<MockLine>,
}

#[derive(Serialize)]
struct MockLine {
    id: i64,
    preset: String,
    day: String,
    score: f64,
    max: f64,
    running: bool,
}

#[derive(Serialize, Default)]
struct Level {
    solved: usize,
    attempted: usize,
    in_bank: usize,
}

pub fn run(json: bool, look: &Look) -> Result<Status> {
    let history = History::open_read()?;
    let today = today();
    let days = history.practice_days()?;
    let dates: Vec<NaiveDate> = days
        .iter()
        .filter_map(|(d, _)| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .collect();
    let (current, longest) = practice::streaks(&dates, today);
    let problems = history.problem_stats()?;
    let mut by_difficulty: BTreeMap<String, Level> = BTreeMap::new();
    for (_, p) in crate::bank::all() {
        if let Ok(p) = p {
            by_difficulty
                .entry(p.meta.difficulty.as_str().to_string())
                .or_default()
                .in_bank += 1;
        }
    }
    for p in &problems {
        let e = by_difficulty
            .entry(p.difficulty.as_str().to_string())
            .or_default();
        e.attempted += 1;
        e.solved += usize::from(p.solved);
    }
    let (hints, solutions) = history.views()?;
    let mut mocks = Vec::new();
    for m in history.mocks(5)? {
        let r = crate::mock::report(&history, m)?;
        let day = chrono::DateTime::from_timestamp_millis(r.mock.started_ms)
            .map(|t| t.with_timezone(&chrono::Local).date_naive().to_string())
            .unwrap_or_default();
        mocks.push(MockLine {
            id: r.mock.id,
            preset: r.mock.preset.clone(),
            day,
            score: r.total,
            max: r.max_total,
            running: r.running,
        });
    }
    let stats = Stats {
        today: today.to_string(),
        streak_current: current,
        streak_longest: longest,
        practice_days: days.len(),
        submissions: days.iter().map(|(_, n)| n).sum(),
        calendar: days.iter().cloned().collect(),
        by_difficulty,
        topics: practice::topics(&problems),
        hints_viewed: hints,
        solutions_viewed: solutions,
        clean_solves: problems.iter().filter(|p| p.clean).count(),
        mocks,
    };
    if json {
        print_json(&stats);
    } else {
        render(&stats, today, look);
    }
    Ok(Status::Ok)
}

fn render(s: &Stats, today: NaiveDate, look: &Look) {
    render_main(s, today, look);
    if !s.mocks.is_empty() {
        println!();
        println!("{}", look.bold("recent mock assessments"));
        for m in &s.mocks {
            let state = if m.running { " (running)" } else { "" };
            println!(
                "  #{:<4} {}  {:<9} {:>4.0}/{:.0}{state}",
                m.id, m.day, m.preset, m.score, m.max
            );
        }
    }
}

fn render_main(s: &Stats, today: NaiveDate, look: &Look) {
    println!(
        "{}  current {} day(s) · longest {} · {} practice day(s) · {} submission(s)",
        look.bold("streak"),
        s.streak_current,
        s.streak_longest,
        s.practice_days,
        s.submissions
    );
    println!();
    calendar(&s.calendar, today, look);
    println!();
    println!("{}", look.bold("solved / attempted"));
    for level in ["easy", "medium", "hard"] {
        if let Some(l) = s.by_difficulty.get(level) {
            println!(
                "  {level:<7} {:>3} solved · {:>3} attempted · {:>3} in the bank",
                l.solved, l.attempted, l.in_bank
            );
        }
    }
    println!(
        "  {}",
        look.dim(&format!(
            "{} clean solve(s); {} hint(s) and {} solution(s) viewed",
            s.clean_solves, s.hints_viewed, s.solutions_viewed
        ))
    );
    if !s.topics.is_empty() {
        println!();
        println!(
            "{}",
            look.bold("topics, weakest first (acceptance · average attempts)")
        );
        let width = s.topics.iter().map(|t| t.tag.len()).max().unwrap_or(5);
        for t in &s.topics {
            let filled = (t.acceptance * 20.0).round() as usize;
            let bar = format!(
                "{}{}",
                "█".repeat(filled),
                look.dim(&"░".repeat(20 - filled))
            );
            println!(
                "  {:<width$}  {bar} {:>4.0}%  {:.1} tries · {}/{} solved",
                t.tag,
                t.acceptance * 100.0,
                t.average_attempts,
                t.solved,
                t.attempted
            );
        }
    }
}

/// A heat-map of the last WEEKS weeks: a column per week, a row per weekday.
fn calendar(days: &BTreeMap<String, usize>, today: NaiveDate, look: &Look) {
    let end = today + Duration::days(6 - today.weekday().num_days_from_monday() as i64);
    let start = end - Duration::days(WEEKS * 7 - 1);
    println!("{}", look.bold(&format!("last {WEEKS} weeks")));
    for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].iter().enumerate() {
        let mut line = format!("  {name:<3} ");
        for week in 0..WEEKS {
            let day = start + Duration::days(week * 7 + row as i64);
            let cell = if day > today {
                " ".to_string()
            } else {
                match days.get(&day.to_string()).copied().unwrap_or(0) {
                    0 => look.dim("·"),
                    1 => "░".into(),
                    2 => "▒".into(),
                    3..=4 => "▓".into(),
                    _ => "█".into(),
                }
            };
            line += &cell;
            line.push(' ');
        }
        println!("{}", line.trim_end());
    }
    println!(
        "  {}",
        look.dim("· none  ░ 1  ▒ 2  ▓ 3-4  █ 5+ submissions")
    );
}
