//! The build cache's entries: published whole (copied beside, marked, renamed into
//! place) with a manifest of every file's size and digest, and trusted only while
//! every file still matches it: a cached binary truncated or changed on disk (a full
//! disk, a crash mid-copy, a stray edit) is built again, never run.

use crate::error::{Error, Result};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The manifest; its presence marks an entry complete.
const MANIFEST: &str = ".complete";

/// Whether `dir` holds a complete entry whose listed files all match its manifest
/// (files a run added since, such as Python's bytecode caches, do not matter).
pub fn is_whole(dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(dir.join(MANIFEST)) else {
        return false;
    };
    !text.is_empty()
        && text.lines().all(|line| {
            let mut parts = line.splitn(3, ' ');
            let (Some(size), Some(digest), Some(path)) = (parts.next(), parts.next(), parts.next())
            else {
                return false;
            };
            std::fs::read(dir.join(path))
                .is_ok_and(|bytes| bytes.len().to_string() == size && file_digest(&bytes) == digest)
        })
}

/// Stores the build in `work` as the entry `dir` (through a sibling folder in
/// `scratch`), replacing a damaged entry. Another grind publishing the same build
/// first is as good.
pub fn publish(work: &Path, dir: &Path, scratch: &Path) -> Result<()> {
    sweep(scratch);
    let name = dir.file_name().unwrap_or_default().to_string_lossy();
    let staging = scratch.join(format!("{name}.{}", std::process::id()));
    let _ = crate::fsutil::remove_all(&staging);
    if let Some(parent) = dir.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    }
    crate::fsutil::copy_dir(work, &staging)
        .map_err(|e| Error::io("store the build in", &staging, e))?;
    let list = manifest(&staging).map_err(|e| Error::io("read the build in", &staging, e))?;
    std::fs::write(staging.join(MANIFEST), list).map_err(|e| Error::io("write", &staging, e))?;
    if dir.exists() && !is_whole(dir) {
        // Damaged (or from a grind that did not keep manifests): replaced, not trusted.
        let _ = crate::fsutil::remove_all(dir);
    }
    if std::fs::rename(&staging, dir).is_err() {
        let _ = crate::fsutil::remove_all(&staging);
        if !is_whole(dir) {
            return Err(Error::new(format!(
                "failed to store the build in {}",
                dir.display()
            )));
        }
    }
    Ok(())
}

/// Removes what killed grinds left in the cache's tmp: staging folders (`KEY.PID`)
/// whose process is gone, and anything an hour old (build folders of older grinds).
fn sweep(scratch: &Path) {
    let Ok(entries) = std::fs::read_dir(scratch) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name
            .rsplit_once('.')
            .and_then(|(_, p)| p.parse::<u32>().ok());
        let gone = pid.is_some_and(crate::fsutil::is_gone);
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600));
        if gone || old {
            let _ = crate::fsutil::remove_all(&entry.path());
        }
    }
}

/// One line per file under `dir` (but the manifest): size, SHA-256 and path, sorted.
fn manifest(dir: &Path) -> std::io::Result<String> {
    let mut lines = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in std::fs::read_dir(dir.join(&rel))? {
            let entry = entry?;
            let path = rel.join(entry.file_name());
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(path);
            } else if path != Path::new(MANIFEST) {
                let bytes = std::fs::read(dir.join(&path))?;
                let digest = file_digest(&bytes);
                lines.push(format!("{} {digest} {}\n", bytes.len(), path.display()));
            }
        }
    }
    lines.sort();
    Ok(lines.concat())
}

fn file_digest(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}
