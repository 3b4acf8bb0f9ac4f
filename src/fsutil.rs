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

/// What `path` is when it is not a regular file (or a link to one): `Ok(None)` for a
/// regular file, `Ok(Some("a FIFO (named pipe)"))` and the like, `Err` when it does not
/// exist or cannot be read.
pub fn irregular(path: &Path) -> std::io::Result<Option<&'static str>> {
    use std::os::unix::fs::FileTypeExt;
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => return Ok(Some("a symbolic link loop")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.symlink_metadata().is_ok() => {
            return Ok(Some("a symbolic link to nothing"));
        }
        Err(e) => return Err(e),
    };
    let kind = meta.file_type();
    Ok(if kind.is_file() {
        None
    } else if kind.is_dir() {
        Some("a folder")
    } else if kind.is_fifo() {
        Some("a FIFO (named pipe)")
    } else if kind.is_socket() {
        Some("a socket")
    } else if kind.is_char_device() || kind.is_block_device() {
        Some("a device")
    } else {
        Some("not a regular file")
    })
}
