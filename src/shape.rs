//! An input's declared shape (`format:` in problem.yaml) and the layout of one input
//! under it: which tokens are counts, which tokens and lines are elements of which
//! list. The shrinker deletes elements of the lists one count governs together and
//! lowers the count, so a shrunk input keeps its declared counts consistent.
//!
//! ```yaml
//! format: ["n m", "a[n]", "[m] u v", "[q] ...", {repeat: t, lines: ["k", "b[k]"]}]
//! ```

use serde::Deserialize;

/// One entry of `format:`: a line pattern, or a group of lines repeated.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum FormatLine {
    Line(String),
    Repeat {
        repeat: String,
        lines: Vec<FormatLine>,
    },
}

/// How many: a scalar's value plus an offset, or a number.
#[derive(Debug, Clone, PartialEq)]
struct Count {
    name: Option<String>,
    offset: i64,
}

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Scalar(String),
    Array(String, Count),
    /// `...`: any number of further tokens.
    Rest,
}

#[derive(Debug, Clone, PartialEq)]
enum Entry {
    /// One line, or `[COUNT] items` lines alike.
    Line {
        times: Option<Count>,
        items: Vec<Item>,
    },
    Group {
        times: Count,
        lines: Vec<Entry>,
    },
}

/// A parsed `format:`.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    entries: Vec<Entry>,
}

/// A token's place: (line, column), both from 0.
pub type At = (usize, usize);

/// One element of a list: a token, or lines `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Element {
    Token(At),
    Lines(usize, usize),
}

/// What fixes a list's length.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Binding {
    /// The count token at `At`, whose value is the length minus `offset`.
    Count { at: At, offset: i64 },
    /// A number in the format: the length cannot change.
    Fixed,
    /// Nothing: elements can be dropped freely (`...`, or an input without a format).
    Free,
}

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub binding: Binding,
    pub elements: Vec<Element>,
}

/// One input seen through a shape.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub lines: Vec<Vec<String>>,
    pub lists: Vec<List>,
    /// Tokens whose value may change on its own (every token but the counts).
    pub values: Vec<At>,
}

impl Shape {
    pub fn parse(lines: &[FormatLine]) -> Result<Shape, String> {
        let mut names = Vec::new();
        let entries = parse_entries(lines, &mut names)?;
        Ok(Shape { entries })
    }

    /// The layout of `text` under this shape; `Err` says where it does not fit.
    pub fn layout(&self, text: &str) -> Result<Layout, String> {
        let lines = split(text)?;
        let mut walk = Walk {
            layout: Layout {
                lines,
                ..Layout::default()
            },
            line: 0,
            scope: Vec::new(),
        };
        walk.entries(&self.entries)?;
        let total = walk.layout.lines.len();
        if walk.line != total {
            return Err(format!(
                "the input has {total} lines, the format describes {}",
                walk.line
            ));
        }
        Ok(walk.layout)
    }
}

/// The layout of an input without a format: lines and the tokens of each line are
/// lists that may lose elements freely, every token a value.
pub fn free_layout(text: &str) -> Result<Layout, String> {
    let lines = split(text)?;
    let mut layout = Layout {
        lists: vec![List {
            binding: Binding::Free,
            elements: (0..lines.len()).map(|l| Element::Lines(l, l + 1)).collect(),
        }],
        ..Layout::default()
    };
    for (l, tokens) in lines.iter().enumerate() {
        layout.lists.push(List {
            binding: Binding::Free,
            elements: (0..tokens.len()).map(|c| Element::Token((l, c))).collect(),
        });
        layout.values.extend((0..tokens.len()).map(|c| (l, c)));
    }
    layout.lines = lines;
    Ok(layout)
}

/// Lines of space-separated tokens; the text must end with a newline.
fn split(text: &str) -> Result<Vec<Vec<String>>, String> {
    let Some(body) = text.strip_suffix('\n') else {
        return Err("the input does not end with a newline".into());
    };
    Ok(body
        .split('\n')
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect())
}

fn parse_entries(lines: &[FormatLine], names: &mut Vec<String>) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for line in lines {
        entries.push(match line {
            FormatLine::Line(text) => parse_line(text, names)?,
            FormatLine::Repeat { repeat, lines } => {
                let times = parse_count(repeat, names)?;
                let mark = names.len();
                let lines = parse_entries(lines, names)?;
                // Names a group defines are its own: each repetition has its values.
                names.truncate(mark);
                if lines.is_empty() {
                    return Err(format!("repeat: {repeat} has no lines"));
                }
                Entry::Group { times, lines }
            }
        });
    }
    Ok(entries)
}

fn parse_line(text: &str, names: &mut Vec<String>) -> Result<Entry, String> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let mut times = None;
    if let Some(first) = words.first()
        && let Some(inner) = first.strip_prefix('[')
    {
        let inner = inner
            .strip_suffix(']')
            .ok_or_else(|| format!("`{first}` in \"{text}\": a line count is written [COUNT]"))?;
        times = Some(parse_count(inner, names)?);
        words.remove(0);
    }
    if words.is_empty() {
        return Err(format!("\"{text}\" names no token"));
    }
    let mut items = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if *word == "..." {
            if i + 1 != words.len() {
                return Err(format!("in \"{text}\", `...` must come last"));
            }
            items.push(Item::Rest);
        } else if let Some((name, rest)) = word.split_once('[') {
            let count = rest.strip_suffix(']').ok_or_else(|| {
                format!("`{word}` in \"{text}\": an array is written NAME[COUNT]")
            })?;
            check_name(name, text)?;
            items.push(Item::Array(name.to_string(), parse_count(count, names)?));
        } else {
            check_name(word, text)?;
            items.push(Item::Scalar(word.to_string()));
        }
    }
    // A line's scalars count from the next line on (and for its own arrays).
    for item in &items {
        if let Item::Scalar(name) = item {
            names.push(name.clone());
        }
    }
    Ok(Entry::Line { times, items })
}

fn check_name(name: &str, text: &str) -> Result<(), String> {
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "`{name}` in \"{text}\" is not a name (letters, digits, _)"
        ));
    }
    Ok(())
}

fn parse_count(text: &str, names: &[String]) -> Result<Count, String> {
    let text = text.trim();
    if let Ok(n) = text.parse::<i64>() {
        if n < 0 {
            return Err(format!("count {text} is negative"));
        }
        return Ok(Count {
            name: None,
            offset: n,
        });
    }
    let (name, offset) = match text.find(['+', '-']) {
        Some(i) => {
            let k: i64 = text[i + 1..]
                .trim()
                .parse()
                .map_err(|_| format!("count `{text}`: write NAME, NAME-K, NAME+K or a number"))?;
            let k = if text.as_bytes()[i] == b'-' { -k } else { k };
            (text[..i].trim(), k)
        }
        None => (text, 0),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "count `{text}`: write NAME, NAME-K, NAME+K or a number"
        ));
    }
    if !names.iter().any(|n| n == name) {
        return Err(format!(
            "count `{text}` uses `{name}`, which no earlier line defines"
        ));
    }
    Ok(Count {
        name: Some(name.to_string()),
        offset,
    })
}

/// Walks an input's lines along a shape, recording its layout.
struct Walk {
    layout: Layout,
    line: usize,
    /// The scalars in scope: name, value, place.
    scope: Vec<(String, Option<i64>, At)>,
}

impl Walk {
    fn entries(&mut self, entries: &[Entry]) -> Result<(), String> {
        for entry in entries {
            match entry {
                Entry::Line { times: None, items } => {
                    let line = self.take_line()?;
                    self.items(items, line)?;
                }
                Entry::Line {
                    times: Some(count),
                    items,
                } => {
                    let (n, binding) = self.count(count)?;
                    let mut elements = Vec::new();
                    for _ in 0..n {
                        let line = self.take_line()?;
                        let mark = self.scope.len();
                        self.items(items, line)?;
                        self.scope.truncate(mark);
                        elements.push(Element::Lines(line, line + 1));
                    }
                    self.layout.lists.push(List { binding, elements });
                }
                Entry::Group { times, lines } => {
                    let (n, binding) = self.count(times)?;
                    let mut elements = Vec::new();
                    for _ in 0..n {
                        let start = self.line;
                        let mark = self.scope.len();
                        self.entries(lines)?;
                        self.scope.truncate(mark);
                        elements.push(Element::Lines(start, self.line));
                    }
                    self.layout.lists.push(List { binding, elements });
                }
            }
        }
        Ok(())
    }

    fn take_line(&mut self) -> Result<usize, String> {
        if self.line >= self.layout.lines.len() {
            return Err(format!(
                "the input ends after {} lines, the format needs more",
                self.layout.lines.len()
            ));
        }
        self.line += 1;
        Ok(self.line - 1)
    }

    fn items(&mut self, items: &[Item], line: usize) -> Result<(), String> {
        let have = self.layout.lines[line].len();
        let mut col = 0;
        let short = |what: &str| format!("line {}: {have} tokens, too few for {what}", line + 1);
        for item in items {
            match item {
                Item::Scalar(name) => {
                    if col >= have {
                        return Err(short(name));
                    }
                    let value = self.layout.lines[line][col].parse::<i64>().ok();
                    self.scope.push((name.clone(), value, (line, col)));
                    self.layout.values.push((line, col));
                    col += 1;
                }
                Item::Array(name, count) => {
                    let (n, binding) = self.count(count)?;
                    if col + n > have {
                        return Err(short(&format!("{name} ({n} tokens)")));
                    }
                    let elements = (col..col + n).map(|c| Element::Token((line, c))).collect();
                    self.layout.values.extend((col..col + n).map(|c| (line, c)));
                    self.layout.lists.push(List { binding, elements });
                    col += n;
                }
                Item::Rest => {
                    let elements = (col..have).map(|c| Element::Token((line, c))).collect();
                    self.layout.values.extend((col..have).map(|c| (line, c)));
                    self.layout.lists.push(List {
                        binding: Binding::Free,
                        elements,
                    });
                    col = have;
                }
            }
        }
        if col != have {
            return Err(format!(
                "line {}: {have} tokens, the format describes {col}",
                line + 1
            ));
        }
        Ok(())
    }

    /// A count's value now, and what binds the list it sizes.
    fn count(&mut self, count: &Count) -> Result<(usize, Binding), String> {
        let Some(name) = &count.name else {
            return Ok((count.offset as usize, Binding::Fixed));
        };
        let &(_, value, at) = self
            .scope
            .iter()
            .rev()
            .find(|(n, _, _)| n == name)
            .ok_or_else(|| format!("`{name}` is not defined here"))?;
        let value = value.ok_or_else(|| {
            format!(
                "line {}: `{name}` = `{}` is not an integer",
                at.0 + 1,
                self.layout.lines[at.0][at.1]
            )
        })?;
        let n = value + count.offset;
        let room = self.layout.lines.iter().map(Vec::len).sum::<usize>() + self.layout.lines.len();
        if n < 0 || n as usize > room {
            return Err(format!(
                "line {}: `{name}` = {value} does not fit the input",
                at.0 + 1
            ));
        }
        // The count is not a free value any more: it changes only with its lists.
        self.layout.values.retain(|v| *v != at);
        Ok((
            n as usize,
            Binding::Count {
                at,
                offset: count.offset,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(lines: &[&str]) -> Shape {
        let lines: Vec<FormatLine> = lines
            .iter()
            .map(|l| FormatLine::Line(l.to_string()))
            .collect();
        Shape::parse(&lines).unwrap()
    }

    #[test]
    fn counts_bind_the_lists_they_size() {
        let s = shape(&["n m", "a[n]", "[m] u v"]);
        let layout = s.layout("3 2\n5 6 7\n1 2\n2 3\n").unwrap();
        assert_eq!(layout.lists.len(), 2);
        assert_eq!(
            layout.lists[0].binding,
            Binding::Count {
                at: (0, 0),
                offset: 0
            }
        );
        assert_eq!(layout.lists[0].elements.len(), 3);
        assert_eq!(
            layout.lists[1].elements,
            vec![Element::Lines(2, 3), Element::Lines(3, 4)]
        );
        // n and m are counts, not free values
        assert!(!layout.values.contains(&(0, 0)) && !layout.values.contains(&(0, 1)));
        assert!(layout.values.contains(&(1, 2)) && layout.values.contains(&(3, 1)));
    }

    #[test]
    fn an_input_that_does_not_fit_says_where() {
        let s = shape(&["n", "a[n]"]);
        assert!(s.layout("3\n1 2\n").unwrap_err().contains("line 2"));
        assert!(s.layout("2\n1 2\n9\n").unwrap_err().contains("3 lines"));
        assert!(s.layout("x\n1 2\n").unwrap_err().contains("not an integer"));
        assert!(s.layout("1\n1").is_err());
    }

    #[test]
    fn groups_and_offsets() {
        let lines = vec![
            FormatLine::Line("t".into()),
            FormatLine::Repeat {
                repeat: "t".into(),
                lines: vec![
                    FormatLine::Line("n".into()),
                    FormatLine::Line("[n-1] u v".into()),
                ],
            },
        ];
        let s = Shape::parse(&lines).unwrap();
        let layout = s.layout("2\n3\n1 2\n2 3\n1\n").unwrap();
        let group = layout.lists.last().unwrap();
        assert_eq!(
            group.elements,
            vec![Element::Lines(1, 4), Element::Lines(4, 5)]
        );
    }

    #[test]
    fn bad_formats_are_refused() {
        let bad = |l: &[&str]| {
            let lines: Vec<FormatLine> =
                l.iter().map(|x| FormatLine::Line(x.to_string())).collect();
            Shape::parse(&lines).unwrap_err()
        };
        assert!(bad(&["a[n]"]).contains("no earlier line"));
        assert!(bad(&["n", "... a"]).contains("last"));
        assert!(bad(&["n", "a[n"]).contains("NAME[COUNT]"));
        assert!(bad(&["n", "[n a"]).contains("[COUNT]"));
        assert!(bad(&["n", "a[n*2]"]).contains("NAME-K"));
    }
}
