//! Small file helpers shared by the cache and the generators.

use crate::error::{Error, Result};
use std::path::Path;

/// A fresh temporary folder, removed when dropped.
pub fn temp_dir() -> Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix("grind-")
        .tempdir()
        .map_err(|e| {
            Error::new(format!(
                "failed to create a temporary folder: {}",
                crate::error::io_cause(&e)
            ))
        })
}

/// Writes a file so that readers see either the old or the whole new content.
pub fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, data)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Copies the files of `from` (recursively) into `to`.
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
