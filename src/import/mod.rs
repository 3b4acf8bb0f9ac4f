//! `grind import`: turns a problem from elsewhere into a grind problem folder. Each
//! format reads its source into a [`Draft`]; writing the folder is shared and atomic.

mod companion;
mod expected;
mod kattis;
mod links;
mod oj;

pub use companion::listen;

use crate::error::{Error, Result};
use crate::problem::{Difficulty, Problem};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where a problem comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Kattis/ICPC problem package folder (problem.yaml, data/, submissions/).
    Kattis,
    /// An online-judge-tools test folder (NAME.in with NAME.out).
    Oj,
    /// Competitive Companion's JSON for one problem (a file, or - for stdin).
    #[value(name = "companion", alias = "cc")]
    Companion,
}

/// Choices the user makes on the command line.
#[derive(Debug, Clone)]
pub struct Options {
    /// The problem's id (its folder name); derived from the source when absent.
    pub id: Option<String>,
    /// The folder the problem folder is written into.
    pub into: PathBuf,
    pub difficulty: Difficulty,
    /// Override the source's time and memory limits.
    pub time: Option<Duration>,
    pub memory_mib: Option<u64>,
    /// Replace an earlier import of the same id.
    pub force: bool,
}

/// What an import wrote.
#[derive(Debug, Clone)]
pub struct Imported {
    pub id: String,
    pub dir: PathBuf,
    pub samples: usize,
    pub tests: usize,
    pub solutions: usize,
    /// What did not carry over, or was guessed.
    pub notes: Vec<String>,
}

/// A file's bytes, either still at the source or already read.
#[derive(Debug, Clone)]
enum Data {
    File(PathBuf),
    Bytes(Vec<u8>),
}

impl Data {
    fn read(&self) -> Result<Vec<u8>> {
        match self {
            Data::File(path) => std::fs::read(path).map_err(|e| Error::io("read", path, e)),
            Data::Bytes(bytes) => Ok(bytes.clone()),
        }
    }

    fn write_to(&self, to: &Path) -> Result<()> {
        match self {
            Data::File(path) => std::fs::copy(path, to)
                .map(drop)
                .map_err(|e| Error::io("copy", path, e)),
            Data::Bytes(bytes) => std::fs::write(to, bytes).map_err(|e| Error::io("write", to, e)),
        }
    }
}

/// One test: its name, input and expected answer.
#[derive(Debug, Clone)]
struct Case {
    name: String,
    input: Data,
    answer: Data,
}

/// How the imported problem's output is checked.
#[derive(Debug, Clone)]
enum Checking {
    /// A built-in checker, written as its problem.yaml value.
    Builtin(serde_yaml::Value),
    /// A Kattis-protocol output validator, one source file; an interactive problem's
    /// validator is its interactor.
    Validator {
        name: String,
        source: String,
        interactive: bool,
        /// Given after the protocol's own arguments.
        args: Vec<String>,
    },
}

/// A problem read from its source, before it is written.
#[derive(Debug)]
struct Draft {
    /// The id to use when the user gives none.
    id: String,
    title: String,
    source: Option<String>,
    statement: String,
    time: Option<Duration>,
    memory_mib: Option<u64>,
    checking: Checking,
    samples: Vec<Case>,
    tests: Vec<Case>,
    /// (kind folder, file name, file)
    solutions: Vec<(&'static str, String, PathBuf)>,
    notes: Vec<String>,
    /// A multi-pass problem's most passes.
    passes: Option<u32>,
}

impl Draft {
    fn new(id: String, title: String) -> Draft {
        Draft {
            id,
            title,
            source: None,
            statement: String::new(),
            time: None,
            memory_mib: None,
            checking: Checking::Builtin("tokens".into()),
            samples: Vec::new(),
            tests: Vec::new(),
            solutions: Vec::new(),
            notes: Vec::new(),
            passes: None,
        }
    }
}

/// Samples larger than this stay files in tests/ rather than text in problem.yaml.
const SAMPLE_INLINE_BYTES: usize = 64 << 10;

/// Imports one problem from `path` (a folder, a file, or `-` for stdin).
pub fn import(format: Format, path: &Path, options: &Options) -> Result<Imported> {
    let draft = match format {
        Format::Kattis => kattis::read(path)?,
        Format::Oj => oj::read(path)?,
        Format::Companion => companion::read(path)?,
    };
    write(draft, options)
}

/// A contest folder of Kattis packages (each subfolder holding problem.yaml), in name
/// order; `None` when `path` is one package or not such a folder.
pub fn packages(format: Format, path: &Path) -> Option<Vec<PathBuf>> {
    if format != Format::Kattis || path.join("problem.yaml").is_file() {
        return None;
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("problem.yaml").is_file())
        .collect();
    found.sort();
    (!found.is_empty()).then_some(found)
}

/// Writes a draft as a problem folder: built beside the destination, then renamed into
/// place, so a failed import leaves nothing half-written and never touches an old one.
fn write(mut draft: Draft, options: &Options) -> Result<Imported> {
    let id = match &options.id {
        Some(id) => checked_id(id)?,
        None => draft.id.clone(),
    };
    if crate::paths::bank()
        .join(&id)
        .join("problem.yaml")
        .is_file()
    {
        return Err(
            Error::new(format!("`{id}` is a problem of the bundled bank"))
                .help("choose another id with --id NAME"),
        );
    }
    let dest = options.into.join(&id);
    std::fs::create_dir_all(&options.into).map_err(|e| Error::io("create", &options.into, e))?;
    recover(&options.into);
    if dest.exists() && !options.force {
        return Err(
            Error::new(format!("{} already exists", dest.display())).help(format!(
                "--force replaces it (your history of `{id}` is kept), or --id NAME imports it under another name"
            )),
        );
    }
    let work = tempfile::Builder::new()
        .prefix(".import-")
        .tempdir_in(&options.into)
        .map_err(|e| Error::io("create a folder in", &options.into, e))?;
    let dir = work.path();

    // Samples go into problem.yaml as text; one that is not text or too large is a
    // hidden test instead.
    let mut samples = Vec::new();
    for case in std::mem::take(&mut draft.samples) {
        let (input, answer) = (case.input.read()?, case.answer.read()?);
        match (String::from_utf8(input), String::from_utf8(answer)) {
            (Ok(input), Ok(output)) if input.len() + output.len() <= SAMPLE_INLINE_BYTES => {
                samples.push(SampleOut { input, output })
            }
            _ => {
                draft.notes.push(format!(
                    "sample {} is large or not text: it is a hidden test instead",
                    case.name
                ));
                draft.tests.insert(0, case);
            }
        }
    }
    if !draft.tests.is_empty() {
        let tests = dir.join("tests");
        std::fs::create_dir_all(&tests).map_err(|e| Error::io("create", &tests, e))?;
        for case in &draft.tests {
            case.input
                .write_to(&tests.join(format!("{}.in", case.name)))?;
            case.answer
                .write_to(&tests.join(format!("{}.ans", case.name)))?;
        }
    }
    for (kind, name, from) in &draft.solutions {
        let folder = dir.join("solutions").join(kind);
        std::fs::create_dir_all(&folder).map_err(|e| Error::io("create", &folder, e))?;
        std::fs::copy(from, folder.join(name)).map_err(|e| Error::io("copy", from, e))?;
    }
    let (checker, interactor) = match &draft.checking {
        Checking::Builtin(value) => (Some(value.clone()), None),
        Checking::Validator {
            name,
            source,
            interactive,
            args,
        } => {
            let file = dir.join(name);
            std::fs::write(&file, source).map_err(|e| Error::io("write", &file, e))?;
            let mut table = serde_yaml::Mapping::new();
            let key = if *interactive { "program" } else { "custom" };
            table.insert(key.into(), name.as_str().into());
            table.insert("protocol".into(), "kattis".into());
            if !args.is_empty() {
                let list = args.iter().map(|a| a.as_str().into()).collect();
                table.insert("args".into(), serde_yaml::Value::Sequence(list));
            }
            let table = serde_yaml::Value::Mapping(table);
            if *interactive {
                (None, Some(table))
            } else {
                (Some(table), None)
            }
        }
    };
    let time = options.time.or(draft.time).unwrap_or_else(|| {
        draft
            .notes
            .push("the source states no time limit: 1s is set; --time-limit changes it".into());
        Duration::from_secs(1)
    });
    if time > Duration::from_secs(60) {
        return Err(Error::new(format!(
            "the time limit {} s is over grind's 60 s",
            time.as_secs_f64()
        ))
        .help("import with --time-limit 60s or less"));
    }
    let yaml = YamlOut {
        title: &draft.title,
        difficulty: options.difficulty.as_str(),
        source: draft.source.as_deref(),
        limits: LimitsOut {
            time: if time.subsec_millis() == 0 {
                format!("{}s", time.as_secs())
            } else {
                format!("{}ms", time.as_millis())
            },
            memory: format!(
                "{}MiB",
                options.memory_mib.or(draft.memory_mib).unwrap_or(256)
            ),
        },
        checker,
        interactor,
        passes: draft.passes,
        samples: &samples,
        tests: if draft.tests.is_empty() {
            vec![]
        } else {
            vec![DirOut { dir: "tests" }]
        },
    };
    let text = serde_yaml::to_string(&yaml)
        .map_err(|e| Error::internal(format!("could not write problem.yaml: {e}")))?;
    let header = "# Written by `grind import`. The difficulty is your call: edit it freely.\n";
    let file = dir.join("problem.yaml");
    std::fs::write(&file, format!("{header}{text}")).map_err(|e| Error::io("write", &file, e))?;
    let statement = dir.join("statement.md");
    std::fs::write(&statement, &draft.statement).map_err(|e| Error::io("write", &statement, e))?;

    // What was written must load as written: a check on this module, not on the source.
    let loaded = Problem::load(dir)?;
    if loaded.meta.samples.len() != samples.len()
        || loaded
            .meta
            .samples
            .iter()
            .zip(&samples)
            .any(|(a, b)| a.input != b.input || a.output != b.output)
    {
        return Err(Error::internal(
            "the written problem.yaml does not read back as written",
        ));
    }

    // An earlier import is moved aside, not deleted, until the new one is in place.
    let old = options.into.join(format!(".replaced-{id}"));
    let replacing = dest.exists();
    if replacing {
        let _ = std::fs::remove_dir_all(&old);
        std::fs::rename(&dest, &old).map_err(|e| Error::io("move aside", &dest, e))?;
    }
    if let Err(e) = std::fs::rename(dir, &dest) {
        if replacing {
            let _ = std::fs::rename(&old, &dest);
        }
        return Err(Error::io("move into place", &dest, e));
    }
    let _ = work.keep();
    if replacing {
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(Imported {
        id,
        dir: dest,
        samples: samples.len(),
        tests: draft.tests.len(),
        solutions: draft.solutions.len(),
        notes: draft.notes,
    })
}

#[derive(Serialize)]
struct YamlOut<'a> {
    title: &'a str,
    difficulty: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    limits: LimitsOut,
    #[serde(skip_serializing_if = "Option::is_none")]
    checker: Option<serde_yaml::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interactor: Option<serde_yaml::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    passes: Option<u32>,
    samples: &'a [SampleOut],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tests: Vec<DirOut>,
}

#[derive(Serialize)]
struct LimitsOut {
    time: String,
    memory: String,
}

#[derive(Serialize)]
struct SampleOut {
    input: String,
    output: String,
}

#[derive(Serialize)]
struct DirOut {
    dir: &'static str,
}

/// A problem id: lowercase letters, digits and dashes, as the bank's folders are named.
fn checked_id(id: &str) -> Result<String> {
    if !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
    {
        Ok(id.to_string())
    } else {
        Err(
            Error::new(format!("`{id}` is not a problem id")).help(format!(
                "use lowercase letters, digits and dashes, e.g. `{}`",
                slug(id)
            )),
        )
    }
}

/// `A. Two Buttons!` → `a-two-buttons`; a name with nothing usable gives `problem`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "problem".into()
    } else {
        out
    }
}

/// Test files of a folder: every `NAME.in` (searched recursively when `deep`) with its
/// answer `NAME.<one of answer_exts>`, named by the path below `root` with `/` as `-`;
/// links among them are followed inside `tree`.
fn pair_tests(
    root: &Path,
    deep: bool,
    answer_exts: &[&str],
    tree: &links::Tree,
) -> Result<Vec<Case>> {
    let mut inputs = Vec::new();
    collect_inputs(root, deep, &mut inputs)?;
    inputs.sort();
    inputs
        .into_iter()
        .map(|input| {
            let answer = answer_exts
                .iter()
                .map(|ext| input.with_extension(ext))
                .find(|p| p.is_file())
                .ok_or_else(|| {
                    Error::new(format!("{} has no answer file", input.display())).help(format!(
                        "put the expected output beside it as {}",
                        input.with_extension(answer_exts[0]).display()
                    ))
                })?;
            let relative = input
                .strip_prefix(root)
                .unwrap_or(&input)
                .with_extension("");
            let name = relative
                .to_string_lossy()
                .replace(['/', '\\'], "-")
                .replace(char::is_whitespace, "_");
            Ok(Case {
                name,
                input: Data::File(tree.resolve(&input)?),
                answer: Data::File(tree.resolve(&answer)?),
            })
        })
        .collect()
}

fn collect_inputs(dir: &Path, deep: bool, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("read the folder", dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if deep {
                collect_inputs(&path, deep, out)?;
            }
        } else if path.extension().is_some_and(|e| e == "in") {
            out.push(path);
        }
    }
    Ok(())
}

/// Puts right what a killed import left in `root`: a problem moved aside by `--force`
/// whose replacement never arrived is moved back; a replaced one whose replacement is
/// in place, and work folders of imports long gone, are removed.
pub fn recover(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if let Some(id) = name.strip_prefix(".replaced-") {
            let dest = root.join(id);
            if dest.exists() {
                let _ = crate::fsutil::remove_all(&path);
            } else {
                let _ = std::fs::rename(&path, &dest);
            }
        } else if name.starts_with(".import-") {
            // A running import's folder is young; one an hour old belongs to no one.
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > Duration::from_secs(3600));
            if stale {
                let _ = crate::fsutil::remove_all(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_ids() {
        assert_eq!(slug("A. Two Buttons!"), "a-two-buttons");
        assert_eq!(slug("  "), "problem");
        assert_eq!(slug("Ünïcode—name 7"), "n-code-name-7");
        assert!(checked_id("cf-4a").is_ok());
        assert!(checked_id("CF 4A").is_err());
        assert!(checked_id("-x").is_err());
        assert!(checked_id("").is_err());
    }
}
