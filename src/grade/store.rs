//! A grading's output folder. `grade.json` says which grading and shard it holds;
//! `results.jsonl` holds one record per pair, appended as each pair is judged (so a
//! killed run resumes where it stopped), and rewritten in order with the reports when
//! the run ends. `merge` joins the folders of every shard into one.

use super::render;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub const META: &str = "grade.json";
pub const RESULTS: &str = "results.jsonl";

/// (candidate, problem).
pub type Key = (String, String);

/// The records of a grading by pair, each kept as its JSON line (a parsed record
/// takes several times the memory).
pub type Records = BTreeMap<Key, String>;

/// What a record says of itself before it is read in full.
#[derive(Deserialize)]
pub struct Head {
    pub candidate: String,
    pub problem: String,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub sha256: Option<String>,
}

impl Head {
    pub fn of(line: &str) -> Option<Head> {
        serde_json::from_str(line).ok()
    }

    pub fn key(self) -> Key {
        (self.candidate, self.problem)
    }
}

/// Which grading (and which shard of it) an output folder holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub fingerprint: String,
    /// `K/N`, or none for the whole grading.
    pub shard: Option<String>,
    pub problems: Vec<String>,
    pub candidates: Vec<String>,
    /// Pairs in the whole grading.
    pub pairs: usize,
    /// The pairs this folder holds, in order.
    pub planned: Vec<Key>,
}

/// An output folder being filled.
pub struct Out {
    dir: PathBuf,
    results: std::fs::File,
}

/// Opens `dir` for `meta`'s grading and returns the records an earlier run of the
/// same grading and shard left there (`restart` drops them). A folder holding
/// anything else is refused, so that nothing of it is overwritten.
pub fn earlier(dir: &Path, meta: &Meta, restart: bool) -> Result<Records> {
    let mut kept = BTreeMap::new();
    if dir.join(META).is_file() {
        let (old, records) = read(dir)?;
        let same = old.fingerprint == meta.fingerprint && old.shard == meta.shard;
        if !same && !restart {
            return Err(Error::new(format!(
                "{} holds the results of another grading{}",
                dir.display(),
                old.shard
                    .as_ref()
                    .map(|s| format!(" (shard {s})"))
                    .unwrap_or_default()
            ))
            .help("choose another --out, or pass --restart to replace them"));
        }
        if !restart {
            kept = records
                .into_iter()
                .filter(|(k, _)| meta.planned.contains(k))
                .collect();
        }
    } else {
        refuse_foreign(dir)?;
    }
    Ok(kept)
}

/// An output folder must be new, empty or a grading's, so that nothing else in it is
/// overwritten.
pub fn refuse_foreign(dir: &Path) -> Result<()> {
    let holds_other =
        !dir.join(META).is_file() && std::fs::read_dir(dir).is_ok_and(|mut d| d.next().is_some());
    if holds_other {
        return Err(Error::new(format!(
            "{} is not empty and holds no grading",
            dir.display()
        ))
        .help("choose a new or empty folder for --out"));
    }
    Ok(())
}

impl Out {
    /// Starts `dir`'s results with `records` (replacing what was there at once, so
    /// what an interrupted run left half-written is gone) and opens it for appending.
    pub fn start(dir: &Path, meta: &Meta, records: &Records) -> Result<Out> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
        write_json(&dir.join(META), meta)?;
        write_results(dir, records)?;
        let path = dir.join(RESULTS);
        let results = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .map_err(|e| Error::io("open", &path, e))?;
        Ok(Out {
            dir: dir.to_path_buf(),
            results,
        })
    }

    /// Appends one record in a single write of one line.
    pub fn append(&mut self, record: &str) -> Result<()> {
        let line = format!("{record}\n");
        self.results
            .write_all(line.as_bytes())
            .map_err(|e| Error::io("write", &self.dir.join(RESULTS), e))
    }
}

/// Writes the folder's final form: grade.json, results.jsonl in key order, and the
/// reports made from them.
pub fn finish(dir: &Path, meta: &Meta, records: &Records) -> Result<()> {
    write_json(&dir.join(META), meta)?;
    write_results(dir, records)?;
    let outcomes = render::outcomes(records);
    for (name, text) in [
        ("junit.xml", render::junit(&outcomes)),
        ("results.csv", render::csv(&outcomes)),
        ("report.html", render::html(meta, &outcomes)),
    ] {
        let path = dir.join(name);
        crate::fsutil::write_atomic(&path, text.as_bytes())
            .map_err(|e| Error::io("write", &path, e))?;
    }
    Ok(())
}

fn write_json(path: &Path, value: &impl Serialize) -> Result<()> {
    let text = serde_json::to_string_pretty(value).expect("grade.json serialises") + "\n";
    crate::fsutil::write_atomic(path, text.as_bytes()).map_err(|e| Error::io("write", path, e))
}

fn write_results(dir: &Path, records: &Records) -> Result<()> {
    let mut text = String::new();
    for record in records.values() {
        text += record;
        text.push('\n');
    }
    let path = dir.join(RESULTS);
    crate::fsutil::write_atomic(&path, text.as_bytes()).map_err(|e| Error::io("write", &path, e))
}

/// An output folder's grading and records; a line that does not parse (the last one,
/// cut by a kill) is left out.
pub fn read(dir: &Path) -> Result<(Meta, Records)> {
    let meta_path = dir.join(META);
    let text = std::fs::read_to_string(&meta_path).map_err(|e| {
        Error::io("read", &meta_path, e).help("give a folder `grind grade --out` wrote")
    })?;
    let meta: Meta = serde_json::from_str(&text).map_err(|e| {
        Error::new(format!(
            "{} is not a grading's grade.json: {e}",
            meta_path.display()
        ))
        .help("give a folder `grind grade --out` wrote")
    })?;
    let path = dir.join(RESULTS);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    let records = text
        .lines()
        .filter_map(|l| Some((Head::of(l)?.key(), l.to_string())))
        .collect();
    Ok((meta, records))
}

/// Joins the output folders of every shard of one grading: the records of all, and
/// the grading's meta as an unsharded run writes it.
pub fn merge(dirs: &[PathBuf]) -> Result<(Meta, Records)> {
    let mut shards: BTreeMap<usize, (PathBuf, Meta)> = BTreeMap::new();
    let mut records = BTreeMap::new();
    let mut first: Option<(PathBuf, Meta)> = None;
    for dir in dirs {
        let (meta, mut held) = read(dir)?;
        let (k, n) = shard_of(&meta);
        if let Some((first_dir, f)) = &first {
            if f.fingerprint != meta.fingerprint {
                return Err(Error::new(format!(
                    "{} and {} hold different gradings",
                    first_dir.display(),
                    dir.display()
                ))
                .help("merge the shards of one grading: the same folder and --problems"));
            }
            if shard_of(f).1 != n {
                return Err(Error::new(format!(
                    "{} is a shard of {n}, {} of {}",
                    dir.display(),
                    first_dir.display(),
                    shard_of(f).1
                )));
            }
        }
        if let Some((other, _)) = shards.get(&k) {
            return Err(Error::new(format!(
                "{} and {} both hold shard {k}/{n}",
                other.display(),
                dir.display()
            )));
        }
        for key in &meta.planned {
            let Some(record) = held.remove(key) else {
                return Err(Error::new(format!(
                    "{} has no result for {}/{}: shard {k}/{n} did not finish",
                    dir.display(),
                    key.0,
                    key.1
                ))
                .help("run that shard again with the same --out: it resumes where it stopped"));
            };
            records.insert(key.clone(), record);
        }
        first.get_or_insert_with(|| (dir.clone(), meta.clone()));
        shards.insert(k, (dir.clone(), meta));
    }
    let Some((_, mut meta)) = first else {
        return Err(Error::new("name the shards' output folders to merge"));
    };
    let n = shard_of(&meta).1;
    if let Some(k) = (1..=n).find(|k| !shards.contains_key(k)) {
        return Err(Error::new(format!("shard {k}/{n} is missing"))
            .help("merge the output folder of every shard, 1 to N"));
    }
    meta.shard = None;
    meta.planned = records.keys().cloned().collect();
    Ok((meta, records))
}

fn shard_of(meta: &Meta) -> (usize, usize) {
    meta.shard
        .as_deref()
        .and_then(|s| s.parse::<super::Shard>().ok())
        .map_or((1, 1), |s| (s.k, s.n))
}
