//! Integration tests: they run the real `grind` binary the way a user does, each in a
//! fresh GRIND_HOME. Builds are cached in one shared folder (GRIND_CACHE) so that each
//! fixture is compiled once per test run, not once per test.

mod check;
mod checkers;
mod errors;
mod faults;
mod grade;
mod history;
#[cfg(target_os = "linux")]
mod hostile;
mod import;
mod interactive;
mod judge;
mod languages;
mod mock;
mod render;
mod signature;
mod stress;

#[path = "../support/mod.rs"]
mod support;
pub use support::*;
