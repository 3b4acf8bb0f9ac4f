//! Small file helpers shared by the cache and the generators.

use crate::error::{Error, Result};
use std::path::Path;

/// A fresh temporary folder, removed when dropped. It lies in this process's scratch
/// folder, so that what a killed grind leaves behind is found and removed by the
/// next one (`sweep_scratch`).
pub fn temp_dir() -> Result<tempfile::TempDir> {
    let failed = |e: std::io::Error| {
        Error::new(format!(
            "failed to create a temporary folder: {}",
            crate::error::io_cause(&e)
        ))
    };
    let root = scratch_root().map_err(failed)?;
    tempfile::Builder::new()
        .prefix("grind-")
        .tempdir_in(root)
        .map_err(failed)
}

/// `$TMPDIR/grind-scratch-*`, made on first use and held for the process's life by a
/// lock on its `.lock` file: a folder whose lock can be taken belongs to no running
/// grind.
struct Scratch {
    dir: std::path::PathBuf,
    _lock: std::fs::File,
}

static SCRATCH: std::sync::Mutex<Option<Scratch>> = std::sync::Mutex::new(None);
const SCRATCH_PREFIX: &str = "grind-scratch-";
const LOCK_FILE: &str = ".lock";

fn scratch_root() -> std::io::Result<std::path::PathBuf> {
    let mut scratch = SCRATCH.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = scratch.as_ref() {
        return Ok(s.dir.clone());
    }
    // Made under a name the sweep ignores, locked, then renamed into view: a sweeping
    // grind never sees it unlocked.
    let making = tempfile::Builder::new()
        .prefix("grind-making-")
        .tempdir()?;
    let lock = std::fs::File::create(making.path().join(LOCK_FILE))?;
    if !try_lock(&lock) {
        return Err(std::io::Error::other("cannot lock the scratch folder"));
    }
    let name = making
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("grind-making-"))
        .map(|n| format!("{SCRATCH_PREFIX}{n}"))
        .unwrap_or_else(|| format!("{SCRATCH_PREFIX}{}", std::process::id()));
    let dir = making.path().with_file_name(name);
    std::fs::rename(making.path(), &dir)?;
    let _ = making.keep();
    *scratch = Some(Scratch {
        dir: dir.clone(),
        _lock: lock,
    });
    Ok(dir)
}

fn try_lock(file: &std::fs::File) -> bool {
    use std::os::fd::AsRawFd;
    // SAFETY: flock on a descriptor we own.
    unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) == 0 }
}

/// Removes this process's scratch folder (at a normal exit).
pub fn remove_scratch() {
    let scratch = SCRATCH.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = scratch.as_ref() {
        let _ = remove_all(&s.dir);
    }
}

/// Removes the scratch folders of grinds that are gone (killed, or crashed): those
/// whose lock nobody holds. Folders of running grinds, of other users, or not grind's
/// are left alone.
pub fn sweep_scratch() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let is_scratch = entry
            .file_name()
            .to_str()
            .is_some_and(|n| n.starts_with(SCRATCH_PREFIX));
        // Only real folders (not links to elsewhere) that this user can lock.
        if !is_scratch || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let dir = entry.path();
        let Ok(lock) = std::fs::File::open(dir.join(LOCK_FILE)) else {
            continue;
        };
        if try_lock(&lock) {
            let _ = remove_all(&dir);
        }
    }
}

/// Removes a folder and everything in it, whatever the modes a program gave its
/// folders (a read-only folder's entries cannot otherwise be removed). Links are
/// removed, never followed.
pub fn remove_all(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fn open_up(dir: &Path) {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    open_up(&entry.path());
                }
            }
        }
    }
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            open_up(dir);
            std::fs::remove_dir_all(dir)
        }
    }
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
