//! Precompiled headers: `bits/stdc++.h` takes g++ about a second to parse at `-O2`,
//! most of a C++ solution's compile. A language may name a header to precompile
//! (`precompiled_header:` in languages.yaml); grind builds it once per compiler
//! version and flag set into the cache (`pch/<language>-<digest>/bits/stdc++.h.gch`)
//! and adds that folder first to the include path of every build whose source
//! includes it. GCC looks for `NAME.gch` before `NAME` in each include folder and
//! uses it only when it applies (same compiler and flags, no macro defined before the
//! include that changes it); otherwise it reads the real header further down the
//! path, so a solution compiles the same either way, only slower.

use super::{base_env, compile_request};
use crate::language::{Language, Toolchain};
use crate::paths;
use crate::sandbox::Spawner;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Marks a finished entry; holds the size of the `.gch` it was published with.
const COMPLETE: &str = ".complete";
/// Marks an entry that could not be built (no such header here, say): not retried.
const FAILED: &str = ".failed";

/// The folder to put first on the include path for `code`, building the header on
/// first use; `None` when the language has none, the code does not include it, or it
/// cannot be built here.
pub fn folder_for(
    spawner: &mut Spawner,
    language: &Language,
    toolchain: &Toolchain,
    code: &[u8],
) -> Option<PathBuf> {
    let header = language.precompiled_header.as_deref()?;
    if !includes(code, header) {
        return None;
    }
    let flags = flags(toolchain.compile.as_ref()?);
    let dir = paths::cache()
        .join("pch")
        .join(key(language, toolchain, &flags));
    let gch = dir.join(format!("{header}.gch"));
    if is_complete(&dir, &gch) {
        return Some(dir);
    }
    // One build at a time in this process (`grind check` compiles in parallel): the
    // second finds the first's header done.
    static BUILDING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    if is_complete(&dir, &gch) {
        return Some(dir);
    }
    if dir.join(FAILED).exists() {
        return None;
    }
    crate::error::note(&format!(
        "precompiling <{header}> for {} (once per compiler and flags: later builds that include it compile several times faster)",
        language.name
    ));
    match build(spawner, language, toolchain, header, &flags, &dir) {
        Ok(()) => Some(dir),
        Err(why) => {
            // Remembered, so that each compile does not try again; removing the
            // cache folder (or a new compiler version) retries.
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(FAILED), why);
            None
        }
    }
}

/// Whether `code` has `#include <header>` (or `"header"`) on a line of its own.
fn includes(code: &[u8], header: &str) -> bool {
    String::from_utf8_lossy(code).lines().any(|line| {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            return false;
        };
        let Some(rest) = rest.trim_start().strip_prefix("include") else {
            return false;
        };
        let name = rest.trim().trim_matches(|c| matches!(c, '<' | '>' | '"'));
        name == header
    })
}

/// The compile command's flags: without the program name, the output and the sources
/// (every argument naming a build file), and `-o` before the output.
fn flags(compile: &[String]) -> Vec<String> {
    let mut flags = Vec::new();
    let mut args = compile.iter().skip(1).peekable();
    while let Some(arg) = args.next() {
        if arg == "-o" && args.peek().is_some_and(|a| a.contains('{')) {
            args.next();
        } else if !arg.contains('{') {
            flags.push(arg.clone());
        }
    }
    flags
}

fn key(language: &Language, toolchain: &Toolchain, flags: &[String]) -> String {
    let mut h = Sha256::new();
    for part in [&language.id, &toolchain.version]
        .into_iter()
        .chain(toolchain.compile.iter().flat_map(|c| c.first()))
        .chain(flags)
    {
        h.update(part.as_bytes());
        h.update([0]);
    }
    format!("{}-{}", language.id, hex::encode(&h.finalize()[..12]))
}

fn is_complete(dir: &Path, gch: &Path) -> bool {
    let recorded = std::fs::read_to_string(dir.join(COMPLETE)).ok();
    let size = gch.metadata().ok().map(|m| m.len().to_string());
    recorded.is_some() && recorded == size
}

/// Compiles the header from a one-line wrapper (GCC matches a `.gch` by its name, not
/// by the file it came from) in a scratch folder, then renames the result into place.
fn build(
    spawner: &mut Spawner,
    language: &Language,
    toolchain: &Toolchain,
    header: &str,
    flags: &[String],
    dir: &Path,
) -> Result<(), String> {
    // Staged as the build cache's entries are (`KEY.PID` in its tmp, which the next
    // grind sweeps if this one is killed), on the cache's file system for the rename.
    let name = dir.file_name().unwrap_or_default().to_string_lossy();
    let staging = paths::cache()
        .join("tmp")
        .join(format!("pch-{name}.{}", std::process::id()));
    let _ = crate::fsutil::remove_all(&staging);
    std::fs::create_dir_all(&staging).map_err(|e| e.to_string())?;
    let result = build_in(spawner, language, toolchain, header, flags, dir, &staging);
    let _ = crate::fsutil::remove_all(&staging);
    result
}

fn build_in(
    spawner: &mut Spawner,
    language: &Language,
    toolchain: &Toolchain,
    header: &str,
    flags: &[String],
    dir: &Path,
    staging: &Path,
) -> Result<(), String> {
    let work = crate::fsutil::TempDir::new_in(staging, "work-").map_err(|e| e.to_string())?;
    let out = staging.join("out");
    let gch = out.join(format!("{header}.gch"));
    std::fs::create_dir_all(gch.parent().unwrap_or(&out)).map_err(|e| e.to_string())?;
    std::fs::write(
        work.path().join("wrap.hpp"),
        format!("#include <{header}>\n"),
    )
    .map_err(|e| e.to_string())?;
    let compiler = toolchain
        .compile
        .as_ref()
        .and_then(|c| c.first())
        .ok_or("no compiler")?;
    let mut argv = vec![compiler.clone()];
    argv.extend(flags.iter().cloned());
    argv.extend([
        "-x".into(),
        "c++-header".into(),
        "wrap.hpp".into(),
        "-o".into(),
    ]);
    argv.push(gch.display().to_string());
    let request = compile_request(
        argv,
        base_env(work.path()),
        work.path(),
        toolchain.read_paths.clone(),
        vec![staging.to_path_buf()],
        language.compile_time(),
    );
    let outcome = spawner.run(&request).map_err(|e| e.message)?;
    if outcome.exit_code != Some(0) {
        let text = String::from_utf8_lossy(&outcome.stderr);
        return Err(format!(
            "the compiler failed: {}",
            super::truncate(&text, 2000)
        ));
    }
    let size = gch.metadata().map_err(|e| e.to_string())?.len();
    std::fs::write(out.join(COMPLETE), size.to_string()).map_err(|e| e.to_string())?;
    let _ = crate::fsutil::remove_all(dir);
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    // Another grind may have published the same entry first: as good.
    if std::fs::rename(&out, dir).is_err() && !is_complete(dir, &dir.join(format!("{header}.gch")))
    {
        return Err(format!("cannot store it in {}", dir.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_include_is_found_on_a_line_of_its_own() {
        let header = "bits/stdc++.h";
        assert!(includes(b"#include <bits/stdc++.h>\nint main(){}", header));
        assert!(includes(b"  #  include   \"bits/stdc++.h\"\n", header));
        assert!(!includes(
            b"// #include <vector>\n#include <vector>\n",
            header
        ));
        assert!(!includes(b"const char* s = \"bits/stdc++.h\";\n", header));
    }

    #[test]
    fn flags_leave_out_the_files() {
        let compile: Vec<String> = [
            "g++",
            "-std=gnu++17",
            "-O2",
            "-pipe",
            "-DONLINE_JUDGE",
            "-o",
            "{exe}",
            "{src}",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            flags(&compile),
            ["-std=gnu++17", "-O2", "-pipe", "-DONLINE_JUDGE"]
        );
    }
}
