//! Daily practice from the history: streaks, per-topic results, and today's problem
//! (failed and never-tried problems and weak topics first; solved ones return after
//! growing intervals, as in spaced repetition).

use crate::history::ProblemStat;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// (current, longest) streak of consecutive practice days. A streak still counts as
/// current until the end of the day after its last day.
pub fn streaks(days: &[NaiveDate], today: NaiveDate) -> (usize, usize) {
    let mut days: Vec<NaiveDate> = days.to_vec();
    days.sort();
    days.dedup();
    let (mut longest, mut run) = (0, 0);
    let mut prev: Option<NaiveDate> = None;
    for &d in &days {
        run = match prev {
            Some(p) if d - p == chrono::Duration::days(1) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        prev = Some(d);
    }
    let current = match days.last() {
        Some(&last) if today - last <= chrono::Duration::days(1) => run,
        _ => 0,
    };
    (current, longest)
}

#[derive(Debug, Clone, Serialize)]
pub struct TopicStat {
    pub tag: String,
    pub attempted: usize,
    pub solved: usize,
    /// Accepted submissions / submissions on the topic's problems.
    pub acceptance: f64,
    /// Submissions per attempted problem.
    pub average_attempts: f64,
}

/// Per-topic figures, weakest (lowest acceptance) first.
pub fn topics(stats: &[ProblemStat]) -> Vec<TopicStat> {
    let mut by: BTreeMap<&str, (usize, usize, usize, usize)> = BTreeMap::new();
    for s in stats {
        for t in &s.tags {
            let e = by.entry(t).or_default();
            e.0 += 1;
            e.1 += usize::from(s.solved);
            e.2 += s.attempts;
            e.3 += s.accepted_count;
        }
    }
    let mut out: Vec<TopicStat> = by
        .into_iter()
        .map(|(tag, (attempted, solved, subs, acc))| TopicStat {
            tag: tag.to_string(),
            attempted,
            solved,
            acceptance: if subs == 0 {
                0.0
            } else {
                acc as f64 / subs as f64
            },
            average_attempts: if attempted == 0 {
                0.0
            } else {
                subs as f64 / attempted as f64
            },
        })
        .collect();
    out.sort_by(|a, b| {
        a.acceptance
            .total_cmp(&b.acceptance)
            .then(a.tag.cmp(&b.tag))
    });
    out
}

/// Days until a solved problem comes back, after N accepted submissions.
fn review_interval(accepted: usize) -> i64 {
    match accepted {
        0 => 0,
        1 => 3,
        2 => 7,
        3 => 14,
        _ => 30,
    }
}

/// A bank problem as the picker sees it.
pub struct Candidate {
    pub id: String,
    pub tags: Vec<String>,
}

/// Today's problem: highest priority first, ties broken by a hash of the day and id
/// (so the choice is stable for a day and history, and varies from day to day).
pub fn pick_daily(
    candidates: &[Candidate],
    stats: &[ProblemStat],
    today: NaiveDate,
) -> Option<String> {
    let by_id: HashMap<&str, &ProblemStat> =
        stats.iter().map(|s| (s.problem.as_str(), s)).collect();
    let weak: HashMap<String, f64> = topics(stats)
        .into_iter()
        .map(|t| (t.tag, t.acceptance))
        .collect();
    let score = |c: &Candidate| -> Option<f64> {
        // Topics the user struggles with weigh in; untried topics count as middling.
        let weakness = c
            .tags
            .iter()
            .map(|t| 1.0 - weak.get(t).copied().unwrap_or(0.5))
            .fold(0.0, f64::max);
        let base = match by_id.get(c.id.as_str()) {
            Some(s) if !s.solved => 3.0,
            None => 2.0,
            Some(s) => {
                let last = s
                    .last_solved
                    .as_deref()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())?;
                let due = (today - last).num_days() >= review_interval(s.accepted_count);
                if !due {
                    return None;
                }
                1.0 + if s.clean { 0.0 } else { 0.5 }
            }
        };
        Some(base + weakness)
    };
    let tiebreak = |id: &str| {
        use sha2::{Digest, Sha256};
        let h = Sha256::digest(format!("{today}/{id}").as_bytes());
        u64::from_le_bytes(h[..8].try_into().expect("8 bytes"))
    };
    candidates
        .iter()
        .filter_map(|c| score(c).map(|s| (s, tiebreak(&c.id), &c.id)))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, _, id)| id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn streaks_cross_day_boundaries() {
        let days = [
            d("2026-01-01"),
            d("2026-01-02"),
            d("2026-01-03"),
            d("2026-01-05"),
            d("2026-01-06"),
        ];
        assert_eq!(streaks(&days, d("2026-01-06")), (2, 3));
        assert_eq!(
            streaks(&days, d("2026-01-07")),
            (2, 3),
            "still current the day after"
        );
        assert_eq!(
            streaks(&days, d("2026-01-08")),
            (0, 3),
            "broken after a missed day"
        );
        assert_eq!(streaks(&[], d("2026-01-08")), (0, 0));
    }

    fn stat(
        id: &str,
        tags: &[&str],
        attempts: usize,
        accepted: usize,
        last: Option<&str>,
    ) -> ProblemStat {
        ProblemStat {
            problem: id.into(),
            difficulty: crate::problem::Difficulty::Easy,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            attempts,
            solved: accepted > 0,
            clean: accepted > 0,
            last_solved: last.map(str::to_string),
            accepted_count: accepted,
        }
    }

    #[test]
    fn failed_problems_come_first_then_new_then_due() {
        let cands: Vec<Candidate> = ["a", "b", "c"]
            .iter()
            .map(|id| Candidate {
                id: id.to_string(),
                tags: vec!["x".into()],
            })
            .collect();
        let stats = vec![
            stat("a", &["x"], 1, 1, Some("2026-01-01")),
            stat("b", &["x"], 2, 0, None),
        ];
        assert_eq!(
            pick_daily(&cands, &stats, d("2026-01-02")).as_deref(),
            Some("b")
        );
        let stats = vec![stat("a", &["x"], 1, 1, Some("2026-01-01"))];
        assert_eq!(
            pick_daily(&cands[..1], &stats, d("2026-01-02")),
            None,
            "solved yesterday: not due"
        );
        assert_eq!(
            pick_daily(&cands[..1], &stats, d("2026-01-04")).as_deref(),
            Some("a"),
            "due after 3 days"
        );
    }

    #[test]
    fn weak_topics_weigh_in_and_choice_is_stable() {
        let cands = vec![
            Candidate {
                id: "graph-1".into(),
                tags: vec!["graphs".into()],
            },
            Candidate {
                id: "array-1".into(),
                tags: vec!["arrays".into()],
            },
        ];
        let stats = vec![
            stat("g0", &["graphs"], 5, 1, Some("2026-01-01")),
            stat("a0", &["arrays"], 1, 1, Some("2026-01-01")),
        ];
        assert_eq!(
            pick_daily(&cands, &stats, d("2026-01-02")).as_deref(),
            Some("graph-1")
        );
        let first = pick_daily(&cands, &[], d("2026-03-01"));
        assert_eq!(first, pick_daily(&cands, &[], d("2026-03-01")));
    }

    #[test]
    fn topics_sorted_weakest_first() {
        let t = topics(&[
            stat("a", &["dp"], 4, 1, None),
            stat("b", &["greedy"], 1, 1, None),
        ]);
        assert_eq!(t[0].tag, "dp");
        assert_eq!(t[0].acceptance, 0.25);
        assert_eq!(t[0].average_attempts, 4.0);
    }
}
