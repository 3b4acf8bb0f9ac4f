//! grind: a local judge for practising coding-interview problems.
//!
//! The library core: problems and languages are loaded (`problem`, `language`),
//! solutions are built (`compile`) and run in the sandbox (`sandbox`), judged
//! (`judge`, `checker`, `verdict`), and reported (`report`, `diff`). `commands` is the
//! thin layer between the command line (`cli`) and the core.

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
pub mod history;
pub mod import;
pub mod judging;
pub mod language;
pub mod limits;
pub mod mock;
pub mod mock_report;
pub mod paths;
pub mod practice;
pub mod problem;
pub mod report;
pub mod sandbox;
pub mod signature;
pub mod units;
pub mod verdict;
pub mod yaml;
