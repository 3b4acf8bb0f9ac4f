//! grind: a local judge for practising coding-interview problems.
//!
//! The library core: problems and languages are loaded (`problem`, `language`);
//! `judging` builds a solution (`compile`), runs it on the tests in the sandbox
//! (`sandbox`, under `limits`), classifies each run (`verdict`) and checks its output
//! (`checking`); results are reported (`report`, `diff`) and kept (`history`).
//! `commands` is the thin layer between the command line (`cli`) and the core. The
//! layering is drawn in docs/design.md.

pub mod bank;
pub mod check;
pub mod checking;
pub mod cli;
pub mod commands;
pub mod compile;
pub mod diff;
pub mod driver;
pub mod error;
pub mod fsutil;
pub mod grade;
pub mod history;
pub mod import;
pub mod judging;
pub mod language;
pub mod limits;
pub mod mock;
pub mod paths;
pub mod practice;
pub mod problem;
pub mod report;
pub mod sandbox;
pub mod shape;
pub mod signature;
pub mod stress;
pub mod units;
pub mod verdict;
pub mod visible;
pub mod yaml;
