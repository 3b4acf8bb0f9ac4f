//! A mock's report in text, Markdown, JSON or a self-contained HTML page (a timeline of
//! submissions and a chart of the score over time, drawn as inline SVG: no network).

use super::{MockReport, clock};
use crate::report::esc;
use crate::verdict::Verdict;

fn status_line(r: &MockReport) -> String {
    if r.running {
        format!("running, {} left", clock(r.remaining_ms))
    } else {
        let how = if r.mock.finished_ms.is_some_and(|f| f < r.mock.deadline_ms) {
            "finished early"
        } else {
            "time is up"
        };
        format!("ended ({how})")
    }
}

pub fn text(r: &MockReport) -> String {
    let mut out = format!(
        "mock #{} ({}) · {} · score {:.0}/{:.0} (best submissions: {:.0})\n\n",
        r.mock.id,
        r.mock.preset,
        status_line(r),
        r.total,
        r.max_total,
        r.best_total
    );
    out += &format!(
        "  {:<28} {:>7} {:>6} {:>8} {:>9} {:>10} {:>8}\n",
        "problem", "counted", "best", "verdict", "attempts", "first full", "spent"
    );
    for p in &r.problems {
        out += &format!(
            "  {:<28} {:>7.0} {:>6.0} {:>8} {:>9} {:>10} {:>8}\n",
            p.problem,
            p.counted,
            p.best,
            p.verdict.map_or("-", Verdict::as_str),
            p.attempts,
            p.first_full_ms.map_or("-".into(), clock),
            p.time_spent_ms.map_or("-".into(), clock)
        );
        if p.best > p.counted {
            out += &format!(
                "    {}: a later submission scored less than your best; the last one counts\n",
                p.problem
            );
        }
    }
    let failing: Vec<_> = r
        .problems
        .iter()
        .filter(|p| !p.failing.is_empty())
        .collect();
    if !failing.is_empty() {
        out += "\nfailed tests of the counted submissions:\n";
        for p in failing {
            let names: Vec<String> = p
                .failing
                .iter()
                .map(|(n, v)| format!("{n} ({v})"))
                .collect();
            let review = if r.running {
                String::new()
            } else {
                format!(
                    " — grind review {}",
                    p.counted_submission.unwrap_or_default()
                )
            };
            out += &format!("  {}: {}{review}\n", p.problem, names.join(", "));
        }
    }
    out
}

pub fn markdown(r: &MockReport) -> String {
    let mut out = format!("# Mock assessment #{} ({})\n\n", r.mock.id, r.mock.preset);
    out += &format!(
        "**Score: {:.0} / {:.0}** (best submissions: {:.0}) · {}\n\n",
        r.total,
        r.max_total,
        r.best_total,
        status_line(r)
    );
    out += "| problem | counted | best | verdict | attempts | first full score | time spent |\n|---|---:|---:|---|---:|---:|---:|\n";
    for p in &r.problems {
        out += &format!(
            "| {} | {:.0} | {:.0} | {} | {} | {} | {} |\n",
            p.title,
            p.counted,
            p.best,
            p.verdict.map_or("-", Verdict::as_str),
            p.attempts,
            p.first_full_ms.map_or("-".into(), clock),
            p.time_spent_ms.map_or("-".into(), clock)
        );
    }
    out += "\n## Submissions\n\n| time | problem | score | verdict | submission |\n|---:|---|---:|---|---:|\n";
    for e in &r.timeline {
        out += &format!(
            "| {} | {} | {:.0} | {} | #{} |\n",
            clock(e.at_ms),
            e.problem,
            e.score,
            e.verdict,
            e.submission
        );
    }
    for p in r.problems.iter().filter(|p| !p.failing.is_empty()) {
        let names: Vec<String> = p
            .failing
            .iter()
            .map(|(n, v)| format!("`{n}` ({v})"))
            .collect();
        out += &format!(
            "\nFailed in the counted submission of {}: {} — `grind review {}`\n",
            p.problem,
            names.join(", "),
            p.counted_submission.unwrap_or_default()
        );
    }
    out
}

/// A self-contained page: no scripts, fonts or images from anywhere.
pub fn html(r: &MockReport) -> String {
    let duration = (r.mock.deadline_ms - r.mock.started_ms).max(1) as f64;
    let (w, h, pad) = (640.0, 220.0, 36.0);
    let x = |ms: i64| pad + (ms as f64 / duration).clamp(0.0, 1.0) * (w - 2.0 * pad);
    let y = |score: f64| h - pad - (score / r.max_total.max(1.0)) * (h - 2.0 * pad);
    // Total (counted) score after each submission: a step line.
    let mut current: std::collections::BTreeMap<&str, f64> = std::collections::BTreeMap::new();
    let mut points = vec![format!("{:.1},{:.1}", x(0), y(0.0))];
    let mut dots = String::new();
    for e in &r.timeline {
        let before: f64 = current.values().sum();
        points.push(format!("{:.1},{:.1}", x(e.at_ms), y(before)));
        current.insert(&e.problem, e.score);
        let after: f64 = current.values().sum();
        points.push(format!("{:.1},{:.1}", x(e.at_ms), y(after)));
        let color = if e.verdict.is_accepted() {
            "#2e7d32"
        } else {
            "#c62828"
        };
        dots += &format!(
            r##"<circle class="submission" cx="{:.1}" cy="{:.1}" r="5" fill="{color}"><title>{} at {}: {:.0} points ({})</title></circle>"##,
            x(e.at_ms),
            y(after),
            esc(&e.problem),
            clock(e.at_ms),
            e.score,
            esc(e.verdict.as_str())
        );
    }
    let end = r.mock.end_ms() - r.mock.started_ms;
    points.push(format!("{:.1},{:.1}", x(end), y(current.values().sum())));
    let rows: String = r
        .problems
        .iter()
        .map(|p| {
            format!(
                "<tr><td>{}</td><td class=\"num counted\">{:.0}</td><td class=\"num\">{:.0}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                esc(&p.title),
                p.counted,
                p.best,
                esc(p.verdict.map_or("-", Verdict::as_str)),
                p.attempts,
                p.first_full_ms.map_or("-".into(), clock),
                p.time_spent_ms.map_or("-".into(), clock)
            )
        })
        .collect();
    let timeline: String = r
        .timeline
        .iter()
        .map(|e| {
            format!(
                "<li><time>{}</time> {} — {:.0} points, {} (#{})</li>",
                clock(e.at_ms),
                esc(&e.problem),
                e.score,
                esc(e.verdict.as_str()),
                e.submission
            )
        })
        .collect();
    // The failing tests of each counted submission, as the text report lists them.
    let failing: String = r
        .problems
        .iter()
        .filter(|p| !p.failing.is_empty())
        .map(|p| {
            let tests: Vec<String> = p
                .failing
                .iter()
                .map(|(n, v)| format!("<code>{}</code> {}", esc(n), esc(v.as_str())))
                .collect();
            let review = match (r.running, p.counted_submission) {
                (false, Some(id)) => format!(" <small>(<code>grind review {id}</code>)</small>"),
                _ => String::new(),
            };
            format!(
                "<li><strong>{}</strong>: {}{review}</li>",
                esc(&p.title),
                tests.join(", ")
            )
        })
        .collect();
    let failing = if failing.is_empty() {
        "<p>No failing tests to list.</p>".to_string()
    } else {
        format!("<ul id=\"failing\">{failing}</ul>")
    };
    // Axes with ticks: quarters of the score and of the session.
    let mut ticks = String::new();
    for i in 0..=4 {
        let f = f64::from(i) / 4.0;
        // To the second: a session stored a few ms short of its length still ticks
        // 0:15, 0:30 (ms).
        let at = ((f * duration) / 1000.0).round() as i64 * 1000;
        let (ty, tx) = (y(f * r.max_total.max(1.0)), x(at));
        ticks += &format!(
            r##"<line x1="{a:.1}" y1="{ty:.1}" x2="{pad}" y2="{ty:.1}" stroke="#999"/><text x="{b:.1}" y="{ly:.1}" font-size="11" text-anchor="end">{v:.0}</text>"##,
            a = pad - 4.0,
            b = pad - 6.0,
            ly = ty + 4.0,
            v = f * r.max_total,
        );
        ticks += &format!(
            r##"<line x1="{tx:.1}" y1="{base}" x2="{tx:.1}" y2="{d:.1}" stroke="#999"/><text x="{tx:.1}" y="{label}" font-size="11" text-anchor="middle">{t}</text>"##,
            base = h - pad,
            d = h - pad + 4.0,
            label = h - pad + 16.0,
            t = clock(at),
        );
    }
    format!(
        r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mock assessment #{id}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; padding: 0 1rem; max-width: 760px; color: #222; line-height: 1.4; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #ddd; padding: .4rem; text-align: left; vertical-align: top; }}
.num {{ text-align: right; }} .total {{ font-size: 1.6rem; }}
svg {{ width: 100%; height: auto; max-width: {w}px; background: #fafafa; border: 1px solid #eee; }}
.legend {{ display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .9rem; padding: 0; list-style: none; }}
.swatch {{ display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; vertical-align: middle; margin-right: .3rem; }}
.line {{ border-radius: 0; height: .2rem; }}
code {{ overflow-wrap: anywhere; }}
@media (max-width: 600px) {{
  body {{ margin: 1rem auto; }} h1 {{ font-size: 1.4rem; }} .total {{ font-size: 1.2rem; }}
  table {{ font-size: .8rem; }} td, th {{ padding: .25rem .2rem; }}
}}
@media print {{ body {{ margin: 0; max-width: none; }} svg {{ border: none; }} a {{ color: inherit; }} }}
</style></head>
<body>
<h1>Mock assessment #{id} <small>({preset})</small></h1>
<p class="total">Score <strong id="total">{total:.0}</strong> / {max:.0} <small>(best submissions: {best:.0}) · {status}</small></p>
<table id="problems"><thead><tr><th>problem</th><th class="num">counted</th><th class="num">best</th><th>verdict</th><th class="num">tries</th><th class="num">first full</th><th class="num">last</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><small>counted: the last submission's points, which count; best: the best submission's; first full: time to the first full score; last: time of the last submission.</small></p>
<h2>Failing tests</h2>
{failing}
<h2>Score over time</h2>
<svg id="chart" viewBox="0 0 {w} {h}" role="img" aria-label="total score over time">
<line x1="{pad}" y1="{base}" x2="{right}" y2="{base}" stroke="#999"/><line x1="{pad}" y1="{pad}" x2="{pad}" y2="{base}" stroke="#999"/>
{ticks}
<text x="{right}" y="{axis}" font-size="11" text-anchor="end">time since the start</text>
<text x="{pad}" y="{top}" font-size="11">points</text>
<polyline id="score-line" fill="none" stroke="#1565c0" stroke-width="2" points="{points}"/>
{dots}
</svg>
<ul class="legend" id="legend">
<li><span class="swatch line" style="background:#1565c0"></span>total counted score</li>
<li><span class="swatch" style="background:#2e7d32"></span>accepted submission</li>
<li><span class="swatch" style="background:#c62828"></span>submission not accepted</li>
</ul>
<h2>Timeline</h2>
<ol id="timeline">{timeline}</ol>
</body></html>
"##,
        id = r.mock.id,
        preset = esc(&r.mock.preset),
        total = r.total,
        max = r.max_total,
        best = r.best_total,
        status = esc(&status_line(r)),
        base = h - pad,
        right = w - pad,
        axis = h - 4.0,
        top = pad - 10.0,
        points = points.join(" "),
    )
}
