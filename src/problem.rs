//! A problem folder: problem.yaml (validated), the statement, samples and test sources.

use crate::checking::CheckerSpec;
use crate::error::{Error, Location, Result};
use crate::units::{Dur, Size};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How hard a problem is. Written `easy`, `medium` or `hard` everywhere: problem.yaml,
/// the command line and the history all parse it with [`FromStr`](std::str::FromStr).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];
    /// The names, in order: what problem.yaml and the command line accept.
    pub const NAMES: [&'static str; 3] = ["easy", "medium", "hard"];

    pub fn as_str(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

impl std::fmt::Display for Difficulty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// A text that names no difficulty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDifficulty(pub String);

impl UnknownDifficulty {
    /// "easy, medium or hard".
    pub fn allowed() -> String {
        let [a, b, c] = Difficulty::NAMES;
        format!("{a}, {b} or {c}")
    }
}

impl std::fmt::Display for UnknownDifficulty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown difficulty `{}` (use {})",
            self.0,
            UnknownDifficulty::allowed()
        )
    }
}

impl std::error::Error for UnknownDifficulty {}

impl From<UnknownDifficulty> for Error {
    fn from(e: UnknownDifficulty) -> Error {
        Error::new(format!("unknown difficulty `{}`", e.0))
            .help(format!("use {}", UnknownDifficulty::allowed()))
    }
}

impl std::str::FromStr for Difficulty {
    type Err = UnknownDifficulty;

    fn from_str(text: &str) -> std::result::Result<Difficulty, UnknownDifficulty> {
        Difficulty::ALL
            .into_iter()
            .find(|d| d.as_str() == text)
            .ok_or_else(|| UnknownDifficulty(text.to_string()))
    }
}

impl<'de> Deserialize<'de> for Difficulty {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Name;
        impl serde::de::Visitor<'_> for Name {
            type Value = Difficulty;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "one of {}", UnknownDifficulty::allowed())
            }
            // Parsing inside the visitor lets the YAML reader point at the value; the
            // error keeps serde's wording, which the YAML error display expects.
            fn visit_str<E: serde::de::Error>(
                self,
                text: &str,
            ) -> std::result::Result<Difficulty, E> {
                text.parse()
                    .map_err(|_| E::unknown_variant(text, &Difficulty::NAMES))
            }
        }
        d.deserialize_str(Name)
    }
}

/// problem.yaml, field for field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub hints: Vec<String>,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub checker: CheckerSpec,
    #[serde(default)]
    pub samples: Vec<Sample>,
    #[serde(default)]
    pub tests: Vec<TestSource>,
    /// Function-signature problems: the function the candidate completes.
    #[serde(default)]
    pub signature: Option<crate::signature::Signature>,
    /// Interactive problems: the program the solution talks to.
    #[serde(default)]
    pub interactor: Option<crate::checking::InteractorSpec>,
    /// Multi-pass problems: how many times at most the solution runs on one test. The
    /// Kattis-protocol checker or interactor starts the next pass by writing
    /// `nextpass.in` to its feedback folder; that file is the next pass's input.
    #[serde(default)]
    pub passes: Option<u32>,
    /// An input validator: reads a test input on stdin, exits 0 (or 42) when it is
    /// valid, else says why on stderr. `grind stress` keeps its inputs valid with it.
    #[serde(default)]
    pub validator: Option<PathBuf>,
    /// The input's shape, line by line (`["n", "a[n]"]`): lets `grind stress` shrink
    /// an input while keeping its declared counts consistent.
    #[serde(default)]
    pub format: Option<Vec<crate::shape::FormatLine>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default = "default_time")]
    pub time: Dur,
    #[serde(default = "default_memory")]
    pub memory: Size,
    /// stdout+stderr cap; default max(16 MiB, 4 × the expected answer).
    #[serde(default)]
    pub output: Option<Size>,
}

fn default_time() -> Dur {
    Dur(Duration::from_secs(1))
}

fn default_memory() -> Size {
    Size(256 << 20)
}

/// Below this a limit makes every test fail: even a C program's runtime needs more.
const MIN_MEMORY: u64 = 4 << 20;
const MAX_TIME: Duration = Duration::from_secs(60);
/// The most passes a multi-pass problem may declare.
const MAX_PASSES: u32 = 100;

impl Limits {
    /// What no serde type can say: limits a judge can honour. `Err` names the field.
    pub fn check(&self) -> std::result::Result<(), (&'static str, String)> {
        if self.time.0 > MAX_TIME {
            return Err(("time", "at most 60s".into()));
        }
        if self.memory.0 < MIN_MEMORY {
            return Err((
                "memory",
                "at least 4MiB (a program's runtime alone needs about that)".into(),
            ));
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: default_time(),
            memory: default_memory(),
            output: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sample {
    pub input: String,
    pub output: String,
    #[serde(default)]
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestSource {
    #[serde(default)]
    pub dir: Option<PathBuf>,
    #[serde(default)]
    pub generate: Option<Generate>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generate {
    pub program: PathBuf,
    pub seeds: Vec<u64>,
    /// Extra arguments passed after the seed.
    #[serde(default)]
    pub args: Vec<String>,
}

/// A loaded problem.
#[derive(Debug, Clone)]
pub struct Problem {
    pub id: String,
    pub dir: PathBuf,
    pub meta: Meta,
}

/// One test: an input file and, usually, the expected answer.
#[derive(Debug, Clone)]
pub struct TestCase {
    pub name: String,
    pub input: PathBuf,
    pub answer: Option<PathBuf>,
    pub sample: bool,
}

impl Problem {
    /// Loads and validates `dir/problem.yaml`.
    pub fn load(dir: &Path) -> Result<Problem> {
        let dir = dir
            .canonicalize()
            .map_err(|e| Error::io("open problem folder", dir, e))?;
        let file = dir.join("problem.yaml");
        if !file.is_file() {
            return Err(Error::new(format!("{} has no problem.yaml", dir.display()))
                .help("a problem folder holds problem.yaml and statement.md; see README"));
        }
        let text = crate::yaml::read(&file, "problem.yaml")?;
        let meta: Meta = crate::yaml::parse(&text, &file, "problem.yaml")?;
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let problem = Problem { id, dir, meta };
        problem.validate(&text, &file)?;
        Ok(problem)
    }

    /// Checks what serde cannot: referenced files exist, sources are well formed.
    fn validate(&self, text: &str, file: &Path) -> Result<()> {
        let at =
            |needle: &str| locate(text, needle).map(|(l, c)| Location::new(file, l, c, Some(text)));
        let invalid = |msg: String, needle: &str| {
            let err = Error::new(format!("invalid problem.yaml: {msg}"));
            match at(needle) {
                Some(loc) => err.at(loc),
                None => err.at(Location::new(file, 1, 1, None)),
            }
        };
        for source in &self.meta.tests {
            match (&source.dir, &source.generate) {
                (Some(dir), None) => {
                    let path = self.dir.join(dir);
                    if !path.is_dir() {
                        let why = if path.exists() {
                            "is not a folder"
                        } else {
                            "does not exist"
                        };
                        return Err(invalid(
                            format!("tests: folder `{}` {why}", dir.display()),
                            "dir:",
                        )
                        .help(format!(
                            "create {} with NAME.in and NAME.ans files, or remove the entry",
                            self.dir.join(dir).display()
                        )));
                    }
                }
                (None, Some(g)) => {
                    if !self.dir.join(&g.program).is_file() {
                        return Err(invalid(
                            format!("tests: generator `{}` does not exist", g.program.display()),
                            "program:",
                        )
                        .help(
                            "write the generator, or fix its path (relative to the problem folder)",
                        ));
                    }
                    if g.seeds.is_empty() {
                        return Err(invalid(
                            "tests: a generator needs at least one seed".into(),
                            "seeds:",
                        ));
                    }
                }
                _ => {
                    return Err(invalid(
                        "tests: each entry is either `dir: FOLDER` or `generate: {program, seeds}`"
                            .into(),
                        "tests:",
                    ));
                }
            }
        }
        if let CheckerSpec::Custom { program, .. } = &self.meta.checker
            && !self.dir.join(program).is_file()
        {
            return Err(invalid(
                format!("checker: `{}` does not exist", program.display()),
                "custom:",
            ));
        }
        if let Some(interactor) = &self.meta.interactor {
            if !self.dir.join(&interactor.program).is_file() {
                return Err(invalid(
                    format!(
                        "interactor: `{}` does not exist",
                        interactor.program.display()
                    ),
                    "interactor:",
                )
                .help("write the interactor, or fix its path (relative to the problem folder)"));
            }
            let clash = if self.meta.signature.is_some() {
                Some(("a function signature", "signature:"))
            } else if matches!(self.meta.checker, CheckerSpec::Custom { .. }) {
                Some((
                    "a custom checker (the interactor gives the verdict)",
                    "checker:",
                ))
            } else {
                None
            };
            if let Some((what, needle)) = clash {
                return Err(
                    invalid(format!("an interactive problem cannot have {what}"), needle)
                        .help("remove one of the two"),
                );
            }
        }
        if let Some(passes) = self.meta.passes {
            let kattis = match (&self.meta.interactor, &self.meta.checker) {
                (Some(i), _) => i.protocol == crate::checking::Protocol::Kattis,
                (None, CheckerSpec::Custom { protocol, .. }) => {
                    *protocol == crate::checking::Protocol::Kattis
                }
                _ => false,
            };
            if !(1..=MAX_PASSES).contains(&passes) {
                return Err(invalid(
                    format!("passes: {passes} is not between 1 and {MAX_PASSES}"),
                    "passes:",
                ));
            }
            if passes > 1 && !kattis {
                return Err(invalid(
                    "passes: a multi-pass problem needs a checker or interactor of the kattis protocol (it writes nextpass.in to start the next pass)".into(),
                    "passes:",
                )
                .help("add `protocol: kattis` to the checker or interactor, or remove `passes`"));
            }
        }
        if let Some(validator) = &self.meta.validator
            && !self.dir.join(validator).is_file()
        {
            return Err(invalid(
                format!("validator: `{}` does not exist", validator.display()),
                "validator:",
            )
            .help("write the input validator, or fix its path (relative to the problem folder)"));
        }
        if let Some(format) = &self.meta.format {
            if self.meta.signature.is_some() {
                return Err(invalid(
                    "format: a function-signature problem's input shape is its signature".into(),
                    "format:",
                )
                .help("remove `format:`"));
            }
            if let Err(why) = crate::shape::Shape::parse(format) {
                return Err(invalid(format!("format: {why}"), "format:").help(
                    "each entry is a line like \"n k\", \"a[n]\", \"[m] u v\" or {repeat: t, lines: [...]}; see README",
                ));
            }
        }
        if let Err((field, why)) = self.meta.limits.check() {
            return Err(invalid(
                format!("limits.{field}: {why}"),
                &format!("{field}:"),
            ));
        }
        Ok(())
    }

    /// The files of `solutions/KIND/` (accepted, wrong_answer, time_limit_exceeded),
    /// in name order.
    pub fn solutions(&self, kind: &str) -> Vec<PathBuf> {
        let dir = self.dir.join("solutions").join(kind);
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file())
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    pub fn statement(&self) -> Option<String> {
        std::fs::read_to_string(self.dir.join("statement.md")).ok()
    }

    /// The statement's first sentence, for a stub's comment.
    pub fn summary(&self) -> String {
        let statement = self.statement().unwrap_or_default();
        let paragraph: Vec<&str> = statement
            .lines()
            .skip_while(|l| l.trim().is_empty() || l.starts_with('#'))
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect();
        let text = paragraph.join(" ");
        let end = text
            .match_indices(". ")
            .next()
            .map_or(text.len(), |(i, _)| i + 1);
        let sentence: String = text[..end].chars().take(200).collect();
        if sentence.is_empty() {
            self.meta.title.clone()
        } else {
            sentence
        }
    }

    pub fn time_limit(&self) -> Duration {
        self.meta.limits.time.0
    }

    pub fn memory_limit(&self) -> u64 {
        self.meta.limits.memory.0
    }

    /// The samples, written as files into `dir` so they can be a program's stdin.
    pub fn sample_tests(&self, dir: &Path) -> Result<Vec<TestCase>> {
        self.meta
            .samples
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let name = format!("sample-{}", i + 1);
                write_case(dir, &name, &s.input, Some(&s.output), true)
            })
            .collect()
    }

    /// Hidden tests from `dir:` sources, in name order. Generated tests are listed by
    /// `judging::Judge::generated_tests`, which needs to build and run programs.
    pub fn dir_tests(&self) -> Result<Vec<TestCase>> {
        let mut tests = Vec::new();
        for dir in self.meta.tests.iter().filter_map(|s| s.dir.as_ref()) {
            let dir = self.dir.join(dir);
            let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| Error::io("read tests folder", &dir, e))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "in"))
                .collect();
            names.sort();
            for input in names {
                let answer = input.with_extension("ans");
                regular_file(&input)?;
                if answer.symlink_metadata().is_ok() {
                    regular_file(&answer)?;
                }
                // An interactive problem's interactor holds what a test means; an answer
                // file is passed to it when there is one.
                let interactive = self.meta.interactor.is_some();
                if !answer.is_file() && !interactive {
                    return Err(
                        Error::new(format!("test {} has no answer file", input.display())).help(
                            format!(
                                "write {} (or generate it from an accepted solution)",
                                answer.display()
                            ),
                        ),
                    );
                }
                let name = input
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                tests.push(TestCase {
                    name,
                    input,
                    answer: answer.is_file().then_some(answer),
                    sample: false,
                });
            }
        }
        Ok(tests)
    }
}

/// A test file must be a regular file (or a link to one): a FIFO would block the
/// judging, a folder would be read as an empty input.
fn regular_file(path: &Path) -> Result<()> {
    match crate::fsutil::irregular(path) {
        Ok(None) => Ok(()),
        Ok(Some(what)) => Err(Error::new(format!(
            "test file {} is {what}, not a regular file",
            path.display()
        ))
        .help(
            "a test is a pair of regular files NAME.in and NAME.ans; replace or remove this one",
        )),
        Err(e) => Err(Error::io("read the test file", path, e)),
    }
}

/// Writes NAME.in (and NAME.ans) into `dir`.
pub fn write_case(
    dir: &Path,
    name: &str,
    input: &str,
    output: Option<&str>,
    sample: bool,
) -> Result<TestCase> {
    let input_path = dir.join(format!("{name}.in"));
    std::fs::write(&input_path, input).map_err(|e| Error::io("write", &input_path, e))?;
    let answer = match output {
        Some(out) => {
            let p = dir.join(format!("{name}.ans"));
            std::fs::write(&p, out).map_err(|e| Error::io("write", &p, e))?;
            Some(p)
        }
        None => None,
    };
    Ok(TestCase {
        name: name.to_string(),
        input: input_path,
        answer,
        sample,
    })
}

/// Line and column (1-based) of the first occurrence of `needle` in `text`.
pub(crate) fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .find_map(|(i, line)| line.find(needle).map(|c| (i + 1, c + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn difficulty_parses_its_names_only() {
        for d in Difficulty::ALL {
            assert_eq!(d.as_str().parse::<Difficulty>(), Ok(d));
            assert_eq!(serde_json::to_value(d).unwrap(), d.as_str());
        }
        let err = "Easy".parse::<Difficulty>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown difficulty `Easy` (use easy, medium or hard)"
        );
        let err = Error::from(err);
        assert_eq!(err.message, "unknown difficulty `Easy`");
    }

    #[test]
    fn difficulty_in_yaml_uses_the_same_parse() {
        #[derive(Deserialize)]
        struct Doc {
            difficulty: Difficulty,
        }
        let doc: Doc = serde_yaml::from_str("difficulty: hard").unwrap();
        assert_eq!(doc.difficulty, Difficulty::Hard);
        let err = serde_yaml::from_str::<Doc>("difficulty: extreme")
            .err()
            .unwrap()
            .to_string();
        assert!(
            err.contains("unknown variant `extreme`, expected one of `easy`, `medium`, `hard`"),
            "{err}"
        );
    }
}
