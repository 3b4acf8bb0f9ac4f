//! Checking one output: built-in text comparisons (`text`), JSON results of
//! function-signature problems (`json`) and a problem's own checker program
//! (`program`). This module knows tests only as files: it imports nothing of judging.

mod json;
pub mod program;
mod text;

use crate::compile::Build;
use crate::error::{Error, Result};
use crate::sandbox::{Captured, Spawner};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// How output is compared with the answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum CheckerSpec {
    #[default]
    Tokens,
    Exact,
    Lines,
    CaseInsensitive,
    /// Lines (or tokens, when `by_token`) compared as a multiset.
    Unordered {
        by_token: bool,
    },
    Float {
        abs: f64,
        rel: f64,
    },
    Custom {
        program: PathBuf,
        protocol: Protocol,
        /// Given after the protocol's own arguments (Kattis' validator arguments).
        args: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    #[default]
    /// `checker input output answer`, exit 0 AC, 1 WA, 2 PE, 3 checker failure.
    Testlib,
    /// `validator input answer feedback_dir < output`, exit 42 AC, 43 WA.
    Kattis,
}

impl<'de> Deserialize<'de> for CheckerSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Float {
            #[serde(default = "tolerance")]
            abs: f64,
            #[serde(default = "tolerance")]
            rel: f64,
        }
        fn tolerance() -> f64 {
            1e-6
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields, rename_all = "kebab-case")]
        struct Table {
            float: Option<Float>,
            unordered: Option<String>,
            custom: Option<PathBuf>,
            protocol: Option<String>,
            #[serde(default)]
            args: Vec<String>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Name(String),
            Table(Table),
        }
        const NAMES: &str = "tokens, exact, lines, case-insensitive, unordered, float, {float: {abs, rel}}, {unordered: lines|tokens}, {custom: FILE, protocol: testlib|kattis, args: [...]}";
        let raw = Raw::deserialize(d)
            .map_err(|_| D::Error::custom(format!("checker must be one of {NAMES}")))?;
        match raw {
            Raw::Name(name) => match name.as_str() {
                "tokens" | "default" => Ok(CheckerSpec::Tokens),
                "exact" => Ok(CheckerSpec::Exact),
                "lines" => Ok(CheckerSpec::Lines),
                "case-insensitive" => Ok(CheckerSpec::CaseInsensitive),
                "unordered" => Ok(CheckerSpec::Unordered { by_token: false }),
                "float" => Ok(CheckerSpec::Float {
                    abs: 1e-6,
                    rel: 1e-6,
                }),
                other => Err(D::Error::custom(format!(
                    "unknown checker `{other}`; use one of {NAMES}"
                ))),
            },
            Raw::Table(t) => match (t.float, t.unordered, t.custom) {
                (Some(_), _, _) | (_, Some(_), _) if !t.args.is_empty() => Err(D::Error::custom(
                    "args: only a custom checker takes arguments".to_string(),
                )),
                (Some(f), None, None) if t.protocol.is_none() => Ok(CheckerSpec::Float {
                    abs: f.abs,
                    rel: f.rel,
                }),
                (None, Some(by), None) if t.protocol.is_none() => match by.as_str() {
                    "lines" => Ok(CheckerSpec::Unordered { by_token: false }),
                    "tokens" => Ok(CheckerSpec::Unordered { by_token: true }),
                    other => Err(D::Error::custom(format!(
                        "unordered takes `lines` or `tokens`, not `{other}`"
                    ))),
                },
                (None, None, Some(program)) => {
                    let protocol = match t.protocol.as_deref() {
                        None | Some("testlib") => Protocol::Testlib,
                        Some("kattis") => Protocol::Kattis,
                        Some(other) => {
                            return Err(D::Error::custom(format!(
                                "unknown checker protocol `{other}`; use testlib or kattis"
                            )));
                        }
                    };
                    Ok(CheckerSpec::Custom {
                        program,
                        protocol,
                        args: t.args,
                    })
                }
                _ => Err(D::Error::custom(format!("checker must be one of {NAMES}"))),
            },
        }
    }
}

/// An interactive problem's judge program (problem.yaml `interactor:`): it talks to the
/// solution over its stdin and stdout and gives the verdict by its exit code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InteractorSpec {
    pub program: PathBuf,
    /// testlib: `interactor INPUT OUTPUT ANSWER`, exit 0 AC, 1 WA, 2 PE, 3 failure;
    /// kattis: `validator INPUT ANSWER FEEDBACK_DIR`, exit 42 AC, 43 WA.
    #[serde(default)]
    pub protocol: Protocol,
    /// Given after the protocol's own arguments (Kattis' validator arguments).
    #[serde(default)]
    pub args: Vec<String>,
}

/// Where and how the output first differs from the answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mismatch {
    /// 1-based line in both files.
    pub line: usize,
    /// 1-based byte column in the output line (in the answer line for `expected`).
    pub column: usize,
    pub expected_column: usize,
    pub expected: String,
    pub found: String,
    /// Where in a JSON result (`[2][1]`), for function-signature problems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl Mismatch {
    pub fn describe(&self) -> String {
        if let Some(path) = &self.path {
            let at = if path.is_empty() { "result" } else { path };
            return format!("{at}: expected {}, found {}", self.expected, self.found);
        }
        format!(
            "line {}, column {}: expected {}, found {}",
            self.line, self.column, self.expected, self.found
        )
    }
}

/// How outputs are checked: a built-in comparison or a compiled checker program.
#[derive(Debug, Clone)]
pub enum Checker {
    Builtin {
        spec: CheckerSpec,
        strict: bool,
        /// Outputs are JSON values (function-signature problems).
        json: bool,
    },
    Program {
        build: Box<Build>,
        protocol: Protocol,
        args: Vec<String>,
    },
}

impl Checker {
    /// The default comparison of whitespace-separated tokens.
    pub fn tokens(strict: bool) -> Checker {
        Checker::Builtin {
            spec: CheckerSpec::Tokens,
            strict,
            json: false,
        }
    }
}

/// Why an output was not accepted.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    /// The output is wrong (WA); `mismatch` says where, for built-in checkers.
    Wrong {
        detail: String,
        mismatch: Option<Mismatch>,
    },
    /// The checker program itself failed: a bug of the problem (IE).
    CheckerFailed(String),
}

impl Rejection {
    fn wrong(detail: String) -> Rejection {
        Rejection::Wrong {
            detail,
            mismatch: None,
        }
    }
}

/// Compares `output` with the answer file under a built-in checker; `json` compares
/// them as JSON values, `strict` byte for byte. `None` is a match.
pub fn compare(
    spec: &CheckerSpec,
    json: bool,
    strict: bool,
    output: &Captured,
    answer: &Path,
) -> Result<Option<Mismatch>> {
    let read_error = |e| Error::io("read the answer", answer, e);
    if json {
        let expected = std::fs::read(answer).map_err(read_error)?;
        let output = output
            .to_vec()
            .map_err(|e| Error::internal(format!("cannot read back the program's output: {e}")))?;
        Ok(json::compare(spec, &output, &expected))
    } else {
        text::check(spec, output, answer, strict).map_err(read_error)
    }
}

/// Checks one output of the test `input` against `answer`. A checker program gets a
/// fresh folder of its own in `scratch` (never the solution's run folder, which the
/// solution may have filled with symlinks and FIFOs). `None` means accepted.
pub fn check(
    spawner: &mut Spawner,
    checker: &Checker,
    input: &Path,
    answer: &Path,
    output: &Captured,
    scratch: &Path,
    feedback: Option<&Path>,
) -> Result<Option<Rejection>> {
    match checker {
        Checker::Builtin { spec, strict, json } => Ok(compare(
            spec, *json, *strict, output, answer,
        )?
        .map(|m| Rejection::Wrong {
            detail: m.describe(),
            mismatch: Some(m),
        })),
        Checker::Program {
            build,
            protocol,
            args,
        } => {
            let test = program::TestFiles {
                input,
                answer,
                feedback,
            };
            program::run(spawner, build, *protocol, args, &test, output, scratch)
        }
    }
}

/// The one float comparison, for text tokens and JSON numbers alike.
mod float {
    /// `x` is within `abs` of `y`, or within `rel` of `y`'s magnitude. A NaN matches
    /// only a NaN and an infinity only the same infinity, however spelled (`nan`,
    /// `NaN`, `inf`, `Infinity`), as Kattis' default validator has it.
    pub fn close(x: f64, y: f64, abs: f64, rel: f64) -> bool {
        if x.is_nan() || y.is_nan() {
            return x.is_nan() && y.is_nan();
        }
        if x.is_infinite() || y.is_infinite() {
            return x == y;
        }
        let diff = (x - y).abs();
        diff <= abs || diff <= rel * y.abs()
    }
}
