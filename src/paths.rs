//! Where grind keeps things: state (GRIND_HOME), the cache, the config, the bundled bank
//! and harness.

use std::path::PathBuf;

/// `$GRIND_HOME`, else the platform data folder (`~/.local/share/grind`).
pub fn home() -> PathBuf {
    match std::env::var_os("GRIND_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => dirs::data_dir()
            .unwrap_or_else(std::env::temp_dir)
            .join("grind"),
    }
}

/// Compiled solutions, generated tests and toolchain versions: `$GRIND_CACHE`, else
/// `cache/` under the state folder.
pub fn cache() -> PathBuf {
    match std::env::var_os("GRIND_CACHE") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => home().join("cache"),
    }
}

/// The user's config folder: `$GRIND_HOME/config` when GRIND_HOME is set, else
/// `~/.config/grind`.
pub fn config() -> PathBuf {
    match std::env::var_os("GRIND_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir).join("config"),
        _ => dirs::config_dir().unwrap_or_else(home).join("grind"),
    }
}

/// The repository grind was built from; the bank and harness live there.
fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The problem bank: `$GRIND_PROBLEMS`, else `problems/` of the repository.
pub fn bank() -> PathBuf {
    std::env::var_os("GRIND_PROBLEMS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("problems"))
}

/// Problems the user imported (`grind import`): `problems/` under the state folder,
/// listed and found beside the bundled bank.
pub fn own_problems() -> PathBuf {
    home().join("problems")
}

/// Language definitions and templates: `$GRIND_HARNESS`, else `harness/` of the repository.
pub fn harness() -> PathBuf {
    std::env::var_os("GRIND_HARNESS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("harness"))
}

/// Expands a leading `~/` to the home folder.
pub fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}
