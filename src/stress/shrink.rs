//! Smaller inputs than a failing one, in the order worth trying: big deletions first,
//! then single elements, then values moved toward zero and strings shortened. Every
//! proposal is smaller in shortlex order (shorter, or as long and lexicographically
//! first), so a shrink that keeps only failing proposals always ends.

use crate::shape::{At, Binding, Element, Layout};
use serde_json::Value;
use std::collections::BTreeSet;

/// Whether `a` comes before `b`: shorter, or as long and lexicographically first.
pub fn shortlex_less(a: &str, b: &str) -> bool {
    (a.len(), a.as_bytes()) < (b.len(), b.as_bytes())
}

/// Proposals for an input seen through `layout`: deletions of elements (a count's
/// lists together, the count lowered), then smaller values.
pub fn proposals(layout: &Layout) -> Vec<String> {
    let mut out = Vec::new();
    // Lists that one count governs shrink together.
    let mut groups: Vec<(Option<At>, Vec<usize>)> = Vec::new();
    for (i, list) in layout.lists.iter().enumerate() {
        match list.binding {
            Binding::Fixed => {}
            Binding::Free => groups.push((None, vec![i])),
            Binding::Count { at, .. } => match groups.iter_mut().find(|g| g.0 == Some(at)) {
                Some(g) => g.1.push(i),
                None => groups.push((Some(at), vec![i])),
            },
        }
    }
    // Biggest deletions anywhere first (stable: the layout's order among equals), as
    // many as there is room for.
    let bytes: usize = layout.lines.iter().flatten().map(|t| t.len() + 1).sum();
    let room = room_for(bytes);
    let mut deletions: Vec<(usize, Cut)> = Vec::new();
    for (g, (_, members)) in groups.iter().enumerate() {
        let len = members
            .iter()
            .map(|&m| layout.lists[m].elements.len())
            .min()
            .unwrap_or(0);
        deletions.extend(cuts(len).into_iter().map(|c| (g, c)));
    }
    deletions.sort_by_key(|(_, c)| std::cmp::Reverse(c.len()));
    for (g, cut) in deletions.into_iter().take(room) {
        let (count, members) = &groups[g];
        let mut edit = Edit::default();
        // Every member is at least as long as the cut reaches: the same places go.
        for &m in members {
            for p in cut.places() {
                edit.delete(layout.lists[m].elements[p]);
            }
        }
        if let Some(at) = count {
            let Ok(value) = layout.lines[at.0][at.1].parse::<i64>() else {
                continue;
            };
            edit.set(*at, (value - cut.len() as i64).to_string());
        }
        out.push(edit.apply(&layout.lines));
    }
    // A list of numbers in increasing order reads more easily (and is lexicographically
    // first often enough to be tried).
    for list in &layout.lists {
        let tokens: Vec<(usize, usize)> = list
            .elements
            .iter()
            .filter_map(|e| match e {
                Element::Token(at) => Some(*at),
                Element::Lines(..) => None,
            })
            .collect();
        let values: Option<Vec<i64>> = tokens
            .iter()
            .map(|&(l, c)| layout.lines[l][c].parse().ok())
            .collect();
        if let Some(mut values) = values
            && values.len() == list.elements.len()
            && !values.is_sorted()
        {
            values.sort();
            let mut edit = Edit::default();
            for (at, v) in tokens.iter().zip(values) {
                edit.set(*at, v.to_string());
            }
            out.push(edit.apply(&layout.lines));
        }
    }
    for &at in &layout.values {
        if out.len() >= 2 * room {
            break;
        }
        for smaller in smaller_tokens(&layout.lines[at.0][at.1]) {
            let mut edit = Edit::default();
            edit.set(at, smaller);
            out.push(edit.apply(&layout.lines));
        }
    }
    dedup(out)
}

/// Proposals for a function's input: one JSON value per line.
pub fn json_proposals(text: &str) -> Vec<String> {
    let Some(body) = text.strip_suffix('\n') else {
        return Vec::new();
    };
    let lines: Vec<&str> = body.split('\n').collect();
    let values: Vec<Value> = match lines.iter().map(|l| serde_json::from_str(l)).collect() {
        Ok(v) => v,
        Err(_) => return Vec::new(),
    };
    let mut out = Vec::new();
    let room = room_for(text.len());
    let render = |values: &[Value]| {
        let mut text = String::new();
        for v in values {
            text += &serde_json::to_string(v).unwrap_or_default();
            text.push('\n');
        }
        text
    };
    // Arrays of one length on several lines run in parallel (a design problem's calls
    // and their arguments): they lose the same elements together.
    let lengths: Vec<Option<usize>> = values.iter().map(|v| v.as_array().map(Vec::len)).collect();
    for len in lengths.iter().flatten() {
        let lines: Vec<usize> = (0..values.len())
            .filter(|&i| lengths[i] == Some(*len))
            .collect();
        if lines.len() < 2 || lines[0] != lengths.iter().position(|l| *l == Some(*len)).unwrap_or(0)
        {
            continue;
        }
        for cut in cuts(*len).into_iter().take(room) {
            let mut v = values.clone();
            for &line in &lines {
                if let Value::Array(items) = &mut v[line] {
                    let mut i = 0;
                    items.retain(|_| {
                        i += 1;
                        !cut.contains(i - 1)
                    });
                }
            }
            out.push(render(&v));
        }
    }
    for (i, value) in values.iter().enumerate() {
        for smaller in smaller_values(value, &mut (room / values.len().max(1)).max(8)) {
            let mut v = values.clone();
            v[i] = smaller;
            out.push(render(&v));
        }
    }
    // Bigger cuts first across the whole input: the shortest texts lead.
    out.retain(|p| shortlex_less(p, text));
    out.sort_by_key(String::len);
    dedup(out)
}

/// The byte spans of the integers of an input that may change on their own: the
/// layout's value tokens, or a JSON text's integer literals (outside strings).
pub fn number_spans(text: &str, layout: Option<&Layout>) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    match layout {
        Some(layout) => {
            let mut starts = vec![0];
            starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
            for &(l, c) in &layout.values {
                let Some(&start) = starts.get(l) else {
                    continue;
                };
                let line = text[start..].split('\n').next().unwrap_or("");
                let mut tokens = line
                    .split(' ')
                    .scan(0, |at, t| {
                        let span = (*at, *at + t.len());
                        *at += t.len() + 1;
                        Some((span, t))
                    })
                    .filter(|(_, t)| !t.is_empty());
                if let Some(((a, b), t)) = tokens.nth(c)
                    && t.parse::<i64>().is_ok()
                {
                    spans.push((start + a, start + b));
                }
            }
        }
        None => {
            let bytes = text.as_bytes();
            let (mut i, mut in_string) = (0, false);
            while i < bytes.len() {
                let b = bytes[i];
                if in_string {
                    match b {
                        b'\\' => i += 1,
                        b'"' => in_string = false,
                        _ => {}
                    }
                    i += 1;
                    continue;
                }
                if b == b'"' {
                    in_string = true;
                    i += 1;
                    continue;
                }
                if b.is_ascii_digit()
                    || (b == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    let start = i;
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                    let float = matches!(bytes.get(i), Some(b'.' | b'e' | b'E'));
                    if float {
                        while i < bytes.len()
                            && (bytes[i].is_ascii_alphanumeric()
                                || matches!(bytes[i], b'.' | b'-' | b'+'))
                        {
                            i += 1;
                        }
                    } else if text[start..i].parse::<i64>().is_ok() {
                        spans.push((start, i));
                    }
                    continue;
                }
                i += 1;
            }
        }
    }
    spans
}

fn dedup(list: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    list.into_iter()
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

/// Lists this short also lose any two elements at once: a count that must stay even,
/// say, is kept by no single deletion.
const PAIRS_UP_TO: usize = 12;

/// Places to delete from a list: a range, or two elements apart.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cut {
    Range(usize, usize),
    Pair(usize, usize),
}

impl Cut {
    fn len(self) -> usize {
        match self {
            Cut::Range(a, b) => b - a,
            Cut::Pair(..) => 2,
        }
    }

    fn places(self) -> Vec<usize> {
        match self {
            Cut::Range(a, b) => (a..b).collect(),
            Cut::Pair(i, j) => vec![i, j],
        }
    }

    fn contains(self, i: usize) -> bool {
        match self {
            Cut::Range(a, b) => (a..b).contains(&i),
            Cut::Pair(x, y) => i == x || i == y,
        }
    }
}

/// The places to delete from a list of `len`, biggest cuts first: chunks of every
/// size from [`chunk_sizes`], then (for short lists) any two apart.
fn cuts(len: usize) -> Vec<Cut> {
    let mut out = Vec::new();
    for k in chunk_sizes(len) {
        for start in (0..=len - k).step_by(k) {
            out.push(Cut::Range(start, start + k));
        }
    }
    if len <= PAIRS_UP_TO {
        for i in 0..len {
            for j in i + 2..len {
                out.push(Cut::Pair(i, j));
            }
        }
    }
    out
}

/// Proposals are made up to this many bytes in all (a 200 000-token input gets a few
/// dozen at a time, not millions), and at most this many.
const PROPOSAL_BYTES: usize = 64 << 20;
const MAX_PROPOSALS: usize = 20_000;

/// How many proposals an input of `bytes` gets at a time.
fn room_for(bytes: usize) -> usize {
    (PROPOSAL_BYTES / bytes.max(1)).clamp(16, MAX_PROPOSALS)
}

/// Chunk sizes to delete from a list of `len`: all of it, then halves, quarters, ...
/// down to single elements.
fn chunk_sizes(len: usize) -> Vec<usize> {
    let mut sizes = Vec::new();
    let mut k = len;
    while k > 0 {
        sizes.push(k);
        k /= 2;
    }
    sizes
}

/// Deletions and replacements on an input's tokens, applied at once.
#[derive(Default)]
struct Edit {
    tokens: BTreeSet<(usize, usize)>,
    lines: BTreeSet<usize>,
    set: Vec<((usize, usize), String)>,
}

impl Edit {
    fn delete(&mut self, e: Element) {
        match e {
            Element::Token(at) => {
                self.tokens.insert(at);
            }
            Element::Lines(a, b) => self.lines.extend(a..b),
        }
    }

    fn set(&mut self, at: (usize, usize), text: String) {
        self.set.push((at, text));
    }

    fn apply(&self, lines: &[Vec<String>]) -> String {
        let mut out = String::new();
        for (l, tokens) in lines.iter().enumerate() {
            if self.lines.contains(&l) {
                continue;
            }
            let kept: Vec<&str> = tokens
                .iter()
                .enumerate()
                .filter(|(c, _)| !self.tokens.contains(&(l, *c)))
                .map(|(c, t)| {
                    self.set
                        .iter()
                        .find(|(at, _)| *at == (l, c))
                        .map_or(t.as_str(), |(_, s)| s.as_str())
                })
                .collect();
            out += &kept.join(" ");
            out.push('\n');
        }
        out
    }
}

/// Smaller versions of one token: a number toward zero, a string shorter or made of
/// smaller characters.
fn smaller_tokens(token: &str) -> Vec<String> {
    if let Ok(v) = token.parse::<i64>() {
        return smaller_ints(v).into_iter().map(|x| x.to_string()).collect();
    }
    if let Ok(x) = token.parse::<f64>()
        && x.is_finite()
    {
        let mut out = vec!["0".to_string(), format!("{}", x.trunc() as i64)];
        if let Some((whole, frac)) = token.split_once('.')
            && frac.len() > 1
        {
            out.push(format!("{whole}.{}", &frac[..frac.len() - 1]));
        }
        return out;
    }
    smaller_strings(token)
}

/// Quick tries for a number: zero, half, the sign dropped. [`number_spans`] then
/// finds each number's smallest failing value by bisection.
fn smaller_ints(v: i64) -> Vec<i64> {
    // Small values are tried outright too: a property that holds only for some
    // numbers (primes, say) is not found by halving.
    let mut out = vec![0, v.signum(), 2 * v.signum(), v / 2];
    if v < 0 {
        out.push(v.saturating_neg());
    }
    let mut seen = Vec::new();
    out.retain(|&x| {
        let keep = x != v && (x.unsigned_abs() < v.unsigned_abs() || x == -v) && !seen.contains(&x);
        seen.push(x);
        keep
    });
    out
}

fn smaller_strings(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for k in chunk_sizes(chars.len()) {
        // A token never becomes empty: that would drop it from the line.
        if k == chars.len() {
            continue;
        }
        for start in (0..=chars.len() - k).step_by(k) {
            let mut c = chars.clone();
            c.drain(start..start + k);
            out.push(c.into_iter().collect());
        }
    }
    out.extend(simpler_chars(&chars));
    out
}

/// Each character replaced by the smallest one of its kind present in the string,
/// or by the first of its class (`a`, `A`, `0`).
fn simpler_chars(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let smallest = chars.iter().copied().min();
    for (i, &ch) in chars.iter().enumerate() {
        let first = match ch {
            'a'..='z' => 'a',
            'A'..='Z' => 'A',
            '0'..='9' => '0',
            _ => ch,
        };
        for to in [smallest.unwrap_or(ch), first] {
            if to < ch {
                let mut c = chars.to_vec();
                c[i] = to;
                out.push(c.into_iter().collect());
            }
        }
    }
    out
}

/// Smaller JSON values: arrays lose elements (or a node becomes null), numbers move
/// toward zero, strings shorten; recursively into arrays.
fn smaller_values(value: &Value, room: &mut usize) -> Vec<Value> {
    if *room == 0 {
        return vec![];
    }
    match value {
        Value::Array(items) => {
            let mut out = Vec::new();
            for cut in cuts(items.len()) {
                if out.len() >= *room {
                    break;
                }
                let v = items
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !cut.contains(*i))
                    .map(|(_, x)| x.clone())
                    .collect();
                out.push(Value::Array(v));
            }
            let numbers: Option<Vec<i64>> = items.iter().map(Value::as_i64).collect();
            if let Some(mut numbers) = numbers
                && !numbers.is_sorted()
            {
                numbers.sort();
                out.push(Value::from(numbers));
            }
            *room = room.saturating_sub(out.len());
            // A tree in level order: a node made null takes its subtree with it.
            let tree = items.iter().any(Value::is_null);
            for (i, item) in items.iter().enumerate() {
                if *room == 0 {
                    break;
                }
                if tree && i > 0 && !item.is_null() {
                    let mut v = items.clone();
                    v[i] = Value::Null;
                    out.push(Value::Array(v));
                    *room = room.saturating_sub(1);
                }
                let smaller = smaller_values(item, room);
                *room = room.saturating_sub(smaller.len());
                for smaller in smaller {
                    let mut v = items.clone();
                    v[i] = smaller;
                    out.push(Value::Array(v));
                }
            }
            out
        }
        Value::Number(n) => {
            if let Some(v) = n.as_i64() {
                smaller_ints(v).into_iter().map(Value::from).collect()
            } else if let Some(x) = n.as_f64() {
                let mut out = vec![Value::from(0.0)];
                if x.trunc() != x {
                    out.push(Value::from(x.trunc()));
                }
                out
            } else {
                vec![]
            }
        }
        Value::String(s) => {
            let chars: Vec<char> = s.chars().collect();
            let mut out: Vec<Value> = Vec::new();
            for k in chunk_sizes(chars.len()) {
                for start in (0..=chars.len() - k).step_by(k) {
                    let mut c = chars.clone();
                    c.drain(start..start + k);
                    out.push(Value::String(c.into_iter().collect()));
                }
            }
            out.extend(simpler_chars(&chars).into_iter().map(Value::String));
            out
        }
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::{FormatLine, Shape, free_layout};

    #[test]
    fn deletions_keep_counts_consistent() {
        let shape = Shape::parse(&[
            FormatLine::Line("n".into()),
            FormatLine::Line("a[n]".into()),
            FormatLine::Line("b[n]".into()),
        ])
        .unwrap();
        let layout = shape.layout("3\n1 2 3\n4 5 6\n").unwrap();
        let all = proposals(&layout);
        assert_eq!(all[0], "0\n\n\n", "everything deleted first");
        assert!(all.contains(&"2\n2 3\n5 6\n".to_string()));
        assert!(all.contains(&"2\n1 3\n4 6\n".to_string()));
        // every deletion parses under the shape again
        for p in all.iter().filter(|p| p.len() < 12) {
            assert!(shape.layout(p).is_ok(), "{p:?}");
        }
        // the count itself is never changed alone
        assert!(!all.contains(&"0\n1 2 3\n4 5 6\n".to_string()));
        assert!(all.contains(&"3\n0 2 3\n4 5 6\n".to_string()));
    }

    #[test]
    fn every_proposal_is_smaller() {
        let text = "5 -3\nabc 10 2.75\n";
        for p in proposals(&free_layout(text).unwrap()) {
            assert!(shortlex_less(&p, text) || p.len() < text.len(), "{p:?}");
        }
        let json = "[3,[1,null,12345],\"zb\",true]\n-7\n";
        let ps = json_proposals(json);
        assert!(ps.contains(&"[]\n-7\n".to_string()));
        assert!(ps.contains(&"[3,[1,null,12345],\"zb\",true]\n7\n".to_string()));
        assert!(ps.contains(&"[3,[1,null,null],\"zb\",true]\n-7\n".to_string()));
        assert!(ps.contains(&"[3,[1,null,12345],\"b\",true]\n-7\n".to_string()));
        for p in ps {
            assert!(p.len() <= json.len(), "{p:?}");
        }
    }

    #[test]
    fn numbers_are_found_where_they_can_change() {
        let json = "[3,-12,\"a1\",2.5]\n7\n";
        let spans: Vec<&str> = number_spans(json, None)
            .iter()
            .map(|&(a, b)| &json[a..b])
            .collect();
        assert_eq!(spans, ["3", "-12", "7"]);
        let shape = Shape::parse(&[
            FormatLine::Line("n".into()),
            FormatLine::Line("a[n]".into()),
        ])
        .unwrap();
        let text = "2\n-5 x\n";
        let layout = shape.layout(text).unwrap();
        let spans: Vec<&str> = number_spans(text, Some(&layout))
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert_eq!(spans, ["-5"], "the count is not free, x is not a number");
    }

    #[test]
    fn short_lists_lose_two_elements_apart_and_get_sorted() {
        let c = cuts(4);
        assert_eq!(c[0], Cut::Range(0, 4));
        for pair in [Cut::Pair(0, 2), Cut::Pair(1, 3), Cut::Pair(0, 3)] {
            assert!(c.contains(&pair));
        }
        assert!(!cuts(PAIRS_UP_TO + 1).contains(&Cut::Pair(0, 2)));
        let ps = json_proposals("[3,1,2]\n");
        assert!(ps.contains(&"[1,2,3]\n".to_string()) && ps.contains(&"[1]\n".to_string()));
        // parallel arrays lose the same places
        let ps = json_proposals("[\"A\",\"put\",\"get\"]\n[[],[1],[2]]\n");
        assert!(
            ps.contains(&"[\"A\",\"get\"]\n[[],[2]]\n".to_string()),
            "{ps:?}"
        );
    }

    #[test]
    fn a_huge_input_gets_a_bounded_number_of_proposals() {
        let n = 200_000;
        let text = format!("{n}\n{}\n", vec!["123456"; n].join(" "));
        let shape = Shape::parse(&[
            FormatLine::Line("n".into()),
            FormatLine::Line("a[n]".into()),
        ])
        .unwrap();
        let ps = proposals(&shape.layout(&text).unwrap());
        let bytes: usize = ps.iter().map(String::len).sum();
        assert!(
            !ps.is_empty() && bytes <= 3 * PROPOSAL_BYTES,
            "{} proposals, {bytes} bytes",
            ps.len()
        );
        assert!(ps[0].starts_with("0\n"), "the biggest cut first");
        let json = format!("[{}]\n", vec!["7"; n].join(","));
        let ps = json_proposals(&json);
        let bytes: usize = ps.iter().map(String::len).sum();
        assert!(
            !ps.is_empty() && bytes <= 3 * PROPOSAL_BYTES,
            "{} proposals, {bytes} bytes",
            ps.len()
        );
    }

    #[test]
    fn numbers_move_toward_zero() {
        assert_eq!(smaller_ints(10), vec![0, 1, 2, 5]);
        assert_eq!(smaller_ints(-4), vec![0, -1, -2, 4]);
        assert!(smaller_ints(0).is_empty());
        assert_eq!(smaller_ints(1), vec![0]);
        assert_eq!(smaller_ints(2), vec![0, 1]);
        assert!(smaller_strings("ab").contains(&"a".to_string()));
        assert!(!smaller_strings("a").contains(&String::new()));
    }
}
