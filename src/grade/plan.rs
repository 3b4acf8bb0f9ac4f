//! What a grading judges: the candidates, the problems, and one pair per (candidate,
//! problem) with the solution file or the reason it cannot be graded; and which pairs a
//! shard takes.

use crate::error::{Error, Location, Result, suggest};
use crate::language::Languages;
use crate::problem::Problem;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One (candidate, problem) pair: a solution to judge, or why there is none.
#[derive(Debug, Clone)]
pub struct Pair {
    pub candidate: String,
    pub problem: String,
    /// The solution, relative to the grading's folder as records show it.
    pub source: Option<String>,
    pub path: Option<PathBuf>,
    /// Why the pair cannot be graded (no file, two files, unreadable, unknown problem
    /// or language).
    pub fault: Option<String>,
    /// The file's SHA-256, and that of its text without comments and whitespace.
    pub sha256: String,
    pub normalized: String,
}

pub struct Plan {
    pub problems: Vec<Problem>,
    pub candidates: Vec<String>,
    /// Every pair of the grading, in the order shards are dealt.
    pub pairs: Vec<Pair>,
}

/// `K/N`: the K-th of N shards, K from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: usize,
    pub n: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Shard, String> {
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("`{s}` is not K/N (e.g. 2/4: the second of four shards)"))?;
        let (k, n): (usize, usize) = match (k.trim().parse(), n.trim().parse()) {
            (Ok(k), Ok(n)) => (k, n),
            _ => return Err(format!("`{s}` is not K/N with whole numbers (e.g. 2/4)")),
        };
        if n == 0 || k == 0 || k > n {
            return Err(format!(
                "shard {k} of {n} does not exist: K counts from 1 to N (e.g. 1/{n})",
                n = n.max(1)
            ));
        }
        Ok(Shard { k, n })
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.k, self.n)
    }
}

/// A file a candidate handed in, and the problem it claims to solve.
struct Entry {
    candidate: String,
    problem: String,
    path: PathBuf,
    /// As records show it: relative to the grading's folder.
    shown: String,
}

impl Plan {
    /// Reads `input` (a folder of candidate folders, or a CSV/JSON manifest) and pairs
    /// every candidate with every problem: `problems` as given (ids or folders), else
    /// every problem a file is named after.
    pub fn new(input: &Path, problems: &[String], languages: &Languages) -> Result<Plan> {
        let entries = if input.is_dir() {
            folder_entries(input)?
        } else if input.is_file() {
            manifest_entries(input)?
        } else {
            return Err(Error::new(format!(
                "{} is neither a folder of candidates nor a manifest",
                input.display()
            ))
            .help("give a folder holding one folder per candidate, or a .csv/.json manifest"));
        };
        let problems: Vec<Problem> = if problems.is_empty() {
            let named: BTreeSet<&str> = entries.iter().map(|e| e.problem.as_str()).collect();
            named
                .into_iter()
                .filter_map(|id| crate::bank::find(id).ok())
                .collect()
        } else {
            problems
                .iter()
                .map(|p| crate::bank::find(p))
                .collect::<Result<_>>()?
        };
        if problems.is_empty() {
            return Err(Error::new(format!(
                "no file in {} is named after a problem",
                input.display()
            ))
            .help("name each solution after its problem (two-sum.py), or pass --problems"));
        }
        let ids: Vec<&str> = problems.iter().map(|p| p.id.as_str()).collect();
        let mut by_pair: BTreeMap<(String, String), Vec<Entry>> = BTreeMap::new();
        let mut candidates = BTreeSet::new();
        for e in entries {
            candidates.insert(e.candidate.clone());
            by_pair
                .entry((e.candidate.clone(), e.problem.clone()))
                .or_default()
                .push(e);
        }
        let mut pairs = Vec::new();
        for candidate in &candidates {
            for id in &ids {
                let files = by_pair
                    .remove(&(candidate.clone(), id.to_string()))
                    .unwrap_or_default();
                pairs.push(pair(candidate, id, files, languages));
            }
        }
        // What is left names no problem of the grading.
        for ((candidate, problem), files) in by_pair {
            let names: Vec<&str> = files.iter().map(|e| e.shown.as_str()).collect();
            let hint = suggest(&problem, ids.iter().copied())
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            let mut p = pair(&candidate, &problem, vec![], languages);
            p.source = Some(names.join(", "));
            p.fault = Some(format!(
                "{} names no problem of this grading ({}){hint}",
                names.join(", "),
                ids.join(", ")
            ));
            pairs.push(p);
        }
        // Dealt by problem (pairs of one problem cost about the same), then by a hash of
        // the pair, so that every shard gets its share of each problem.
        let rank = |id: &str| ids.iter().position(|i| *i == id).unwrap_or(ids.len());
        pairs.sort_by_cached_key(|p| {
            (
                rank(&p.problem),
                p.problem.clone(),
                hex::encode(Sha256::digest(format!("{}\0{}", p.candidate, p.problem))),
            )
        });
        Ok(Plan {
            problems,
            candidates: candidates.into_iter().collect(),
            pairs,
        })
    }

    /// The pairs `shard` grades (all without one): every N-th of the dealt order.
    pub fn shard(&self, shard: Option<Shard>) -> Vec<&Pair> {
        let Shard { k, n } = shard.unwrap_or(Shard { k: 1, n: 1 });
        self.pairs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % n == k - 1)
            .map(|(_, p)| p)
            .collect()
    }

    /// Names this grading (its pairs and problems, not the files' content), so that
    /// shards and resumed runs know they belong together.
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        for p in &self.problems {
            h.update(format!("problem {}\n", p.id));
        }
        let mut keys: Vec<_> = self
            .pairs
            .iter()
            .map(|p| (&p.candidate, &p.problem))
            .collect();
        keys.sort();
        for (c, p) in keys {
            h.update(format!("pair {c}\0{p}\n"));
        }
        hex::encode(h.finalize())
    }
}

fn pair(candidate: &str, problem: &str, files: Vec<Entry>, languages: &Languages) -> Pair {
    let mut pair = Pair {
        candidate: candidate.to_string(),
        problem: problem.to_string(),
        source: None,
        path: None,
        fault: None,
        sha256: String::new(),
        normalized: String::new(),
    };
    let entry = match files.len() {
        0 => {
            pair.fault = Some(format!("{candidate} handed in no solution for {problem}"));
            return pair;
        }
        1 => files.into_iter().next().expect("one file"),
        _ => {
            let names: Vec<&str> = files.iter().map(|e| e.shown.as_str()).collect();
            pair.source = Some(names.join(", "));
            pair.fault = Some(format!(
                "{} solutions for {problem}: {}; keep one",
                names.len(),
                names.join(", ")
            ));
            return pair;
        }
    };
    pair.source = Some(entry.shown.clone());
    let language = match languages.for_file(&entry.path, None) {
        Ok(l) => l,
        Err(e) => {
            let message = e
                .message
                .replace(&entry.path.display().to_string(), &entry.shown);
            pair.fault = Some(format!("{message}: {}", e.help.unwrap_or_default()));
            return pair;
        }
    };
    let unreadable = |e: std::io::Error| {
        format!(
            "cannot read {}: {}",
            entry.shown,
            crate::error::io_cause(&e)
        )
    };
    let text = match crate::fsutil::irregular(&entry.path).map_err(unreadable) {
        Ok(Some(what)) => Err(format!("{} is {what}, not a file", entry.shown)),
        Ok(None) => std::fs::read(&entry.path).map_err(unreadable),
        Err(why) => Err(why),
    };
    match text {
        Ok(bytes) => {
            pair.sha256 = hex::encode(Sha256::digest(&bytes));
            let hash_comments = language.id == "python";
            pair.normalized = hex::encode(Sha256::digest(normalized(
                &String::from_utf8_lossy(&bytes),
                hash_comments,
            )));
            pair.path = Some(entry.path);
        }
        Err(fault) => pair.fault = Some(fault),
    }
    pair
}

/// The text without comments and whitespace, for flagging identical solutions: a copy
/// with its spacing or comments changed is still the same program.
pub fn normalized(text: &str, hash_comments: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("//") || (hash_comments && c == '#') {
            rest = rest.find('\n').map_or("", |i| &rest[i..]);
        } else if rest.starts_with("/*") {
            rest = rest[2..].find("*/").map_or("", |i| &rest[i + 4..]);
        } else {
            if !c.is_whitespace() {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// One folder per candidate; each file in it is named after the problem it solves
/// (`two-sum.py`). Hidden files and users' own test files are not solutions.
fn folder_entries(dir: &Path) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for candidate in sorted_entries(dir)? {
        if !candidate.is_dir() {
            continue;
        }
        let name = file_name(&candidate);
        if name.starts_with('.') {
            continue;
        }
        for file in sorted_entries(&candidate)? {
            let file_name = file_name(&file);
            if file_name.starts_with('.') || file_name.ends_with(".tests.yaml") {
                continue;
            }
            let problem = file_name.split('.').next().unwrap_or_default().to_string();
            entries.push(Entry {
                candidate: name.clone(),
                problem,
                shown: format!("{name}/{file_name}"),
                path: file,
            });
        }
    }
    if entries.is_empty() {
        return Err(Error::new(format!("{} holds no candidate's files", dir.display()))
            .help("put one folder per candidate in it, each with files named after problems (alice/two-sum.py)"));
    }
    Ok(entries)
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io("read", dir, e))?
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A manifest: CSV with the columns `candidate`, `problem`, `file`, or JSON mapping each
/// candidate to `{problem: file}`; files are relative to the manifest's folder.
fn manifest_entries(path: &Path) -> Result<Vec<Entry>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let entry = |candidate: &str, problem: &str, file: &str| Entry {
        candidate: candidate.to_string(),
        problem: problem.to_string(),
        path: base.join(file),
        shown: file.to_string(),
    };
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => {
            let map: BTreeMap<String, BTreeMap<String, String>> = serde_json::from_str(&text)
                .map_err(|e| {
                    Error::new(format!("the manifest is not valid: {e}"))
                        .at(Location::new(path, e.line(), e.column(), Some(&text)))
                        .help(r#"write {"alice": {"two-sum": "alice/two-sum.py"}, ...}"#)
                })?;
            Ok(map
                .iter()
                .flat_map(|(c, files)| files.iter().map(move |(p, f)| entry(c, p, f)))
                .collect())
        }
        Some("csv") => {
            let mut lines = text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty());
            let header: Vec<String> = lines
                .next()
                .map(|(_, l)| {
                    split_csv(l)
                        .iter()
                        .map(|h| h.trim().to_lowercase())
                        .collect()
                })
                .unwrap_or_default();
            let column = |name: &str| {
                header.iter().position(|h| h == name).ok_or_else(|| {
                    Error::new(format!("the manifest's header has no `{name}` column"))
                        .at(Location::new(path, 1, 1, Some(&text)))
                        .help("the first line names the columns: candidate,problem,file")
                })
            };
            let (c, p, f) = (column("candidate")?, column("problem")?, column("file")?);
            let mut entries = Vec::new();
            for (i, line) in lines {
                let cells = split_csv(line);
                let cell = |j: usize| cells.get(j).map(|s| s.trim()).unwrap_or("");
                if cell(c).is_empty() || cell(p).is_empty() || cell(f).is_empty() {
                    return Err(Error::new(format!(
                        "row {} of the manifest has {} of its 3 cells",
                        i + 1,
                        [c, p, f].iter().filter(|j| !cell(**j).is_empty()).count()
                    ))
                    .at(Location::new(path, i + 1, 1, Some(&text)))
                    .help("each row is candidate,problem,file"));
                }
                entries.push(entry(cell(c), cell(p), cell(f)));
            }
            Ok(entries)
        }
        _ => Err(Error::new(format!(
            "{} is not a folder, a .csv or a .json manifest",
            path.display()
        ))
        .help("give a folder holding one folder per candidate, or a .csv/.json manifest")),
    }
}

/// One CSV row's cells: commas separate, double quotes quote (`""` is a quote).
fn split_csv(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().expect("a cell").push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            c => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_specs_are_checked() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { k: 2, n: 4 }));
        for bad in ["3/2", "0/2", "1/0", "a/b", "2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn comments_and_spacing_do_not_make_a_copy_different() {
        let a = "int main() { // mine\n  return 0; /* done */ }\n";
        let b = "int main(){return 0;}";
        assert_eq!(normalized(a, false), normalized(b, false));
        assert_ne!(normalized("x = 1 # a", true), normalized("x = 2", true));
        assert_eq!(normalized("x = 1 # a\n", true), normalized("x=1", true));
    }

    #[test]
    fn csv_cells_may_be_quoted() {
        assert_eq!(split_csv(r#"a,"b,c","d""e""#), ["a", "b,c", "d\"e"]);
    }
}
