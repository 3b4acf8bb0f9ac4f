//! Small file helpers shared by the cache and the generators, and the two rules for
//! folders that programs ran in: they are removed whatever modes the program left
//! ([`TempDir`], [`remove_all`]), and a name in them is opened only as
//! [`read_untrusted`] does.

use crate::error::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// A fresh temporary folder, removed when dropped (see [`remove_all`]). It lies in
/// this process's scratch folder, so that what a killed grind leaves behind is found
/// and removed by the next one (`sweep_scratch`).
pub fn temp_dir() -> Result<TempDir> {
    let failed = |e: std::io::Error| {
        Error::new(format!(
            "failed to create a temporary folder: {}",
            crate::error::io_cause(&e)
        ))
    };
    let root = scratch_root().map_err(failed)?;
    TempDir::new_in(&root, "grind-").map_err(failed)
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
    let making = tempfile::Builder::new().prefix("grind-making-").tempdir()?;
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

/// An exclusive lock on a folder, held until the returned handle is dropped; `None`
/// when it could not be had within `patience` (the caller goes on without it).
pub fn lock_folder(dir: &Path, patience: std::time::Duration) -> Option<std::fs::File> {
    let handle = std::fs::File::open(dir).ok()?;
    let deadline = std::time::Instant::now() + patience;
    let mut pause = std::time::Duration::from_millis(1);
    while !try_lock(&handle) {
        if std::time::Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(std::time::Duration::from_millis(50));
    }
    Some(handle)
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

/// A temporary folder removed with everything in it when dropped, even what a
/// program made read-only or unreadable in it.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// A new folder in `parent`, named `prefix` and random characters.
    pub fn new_in(parent: &Path, prefix: &str) -> std::io::Result<TempDir> {
        let dir = tempfile::Builder::new().prefix(prefix).tempdir_in(parent)?;
        Ok(TempDir { path: dir.keep() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = remove_all(&self.path);
    }
}

/// Removes `path` and everything below it, whatever its modes: a folder a program left
/// at 0500, or with 0000 subfolders, is given back to its owner (u+rwx) first. No
/// symlink is followed, neither to change modes nor to remove (std's
/// `remove_dir_all` does not follow them either).
pub fn remove_all(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
        Ok(meta) if !meta.is_dir() => return std::fs::remove_file(path),
        Ok(_) => {}
    }
    if std::fs::remove_dir_all(path).is_ok() {
        return Ok(());
    }
    // A loop, not recursion: a program can nest folders deeper than grind's stack.
    let mut folders = vec![path.to_path_buf()];
    while let Some(dir) = folders.pop() {
        if chmod_folder(&dir).is_err() {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            // The entry's own type (lstat): a symlink to a folder is not a folder.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                folders.push(entry.path());
            }
        }
    }
    std::fs::remove_dir_all(path)
}

/// chmod 0700 on a folder, never through a symlink.
fn chmod_folder(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    // Linux has no lchmod: open the folder itself as a path (O_PATH needs no
    // permission on it; O_NOFOLLOW|O_DIRECTORY refuses a symlink) and chmod it
    // through /proc/self/fd.
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        // SAFETY: a valid C path; the descriptor returned is ours.
        let fd = unsafe {
            libc::open(
                c.as_ptr(),
                libc::O_PATH | libc::O_NOFOLLOW | libc::O_DIRECTORY | libc::O_CLOEXEC,
            )
        };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: fd was just opened and is owned here.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            format!("/proc/self/fd/{}", fd.as_raw_fd()),
            std::fs::Permissions::from_mode(0o700),
        )
    }
    #[cfg(not(target_os = "linux"))]
    {
        // SAFETY: a valid C path.
        let rc =
            unsafe { libc::fchmodat(libc::AT_FDCWD, c.as_ptr(), 0o700, libc::AT_SYMLINK_NOFOLLOW) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
}

/// Reads at most `cap` bytes of a file that a program may have replaced: opened
/// without following a symlink and without blocking on a FIFO, and read only when
/// it is a regular file with no other name (a hard link could name a secret).
pub fn read_untrusted(path: &Path, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() || meta.nlink() != 1 {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "not a plain regular file",
        ));
    }
    let mut data = Vec::new();
    file.take(cap).read_to_end(&mut data)?;
    Ok(data)
}

/// Writes a file so that readers see either the old or the whole new content. The file
/// keeps its mode; a new one gets the usual mode under the umask (not the temporary
/// file's 0600).
pub fn write_atomic(path: &Path, data: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |f| std::io::Write::write_all(f, data))
}

/// [`write_atomic`] with the content written by `write`.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mode = match std::fs::metadata(path) {
        Ok(m) => m.permissions().mode() & 0o7777,
        Err(_) => 0o666 & !umask(),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    write(tmp.as_file_mut())?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The process's umask, read without changing it (Linux reports it in /proc; elsewhere
/// the common 022).
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
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

/// The processes that hold `path` open, as "pid N (name)", found through /proc (only
/// those this user may inspect; empty where there is no /proc).
pub fn holders(path: &Path) -> Vec<String> {
    let Ok(target) = path.canonicalize() else {
        return Vec::new();
    };
    let me = std::process::id();
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in procs.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == me {
            continue;
        }
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        if fds
            .flatten()
            .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|l| l == target))
        {
            let name = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
            found.push(format!("pid {pid} ({})", name.trim()));
        }
    }
    found
}

/// Whether no process `pid` exists, as far as /proc tells: false where there is no
/// /proc (macOS), so that a folder named after a living process is never taken for
/// a dead one's.
pub fn is_gone(pid: u32) -> bool {
    Path::new("/proc/self").exists() && !Path::new(&format!("/proc/{pid}")).exists()
}

/// The mount point of the file system that holds `path` (its longest mounted prefix).
pub fn mount_point(path: &Path) -> PathBuf {
    let full = path
        .parent()
        .and_then(|p| p.canonicalize().ok())
        .unwrap_or_else(|| path.to_path_buf());
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    mounts
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        // /proc/self/mounts escapes spaces and the like as octal: `\040`.
        .map(|m| PathBuf::from(m.replace("\\040", " ")))
        .filter(|m| full.starts_with(m))
        .max_by_key(|m| m.components().count())
        .unwrap_or(full)
}

/// Whether the file system that holds `path` has no room left for an ordinary user
/// (under 64 KiB free): SQLite reports a failed write there as a plain I/O error.
pub fn is_full(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let dir = path.parent().unwrap_or(path);
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: a valid C path and a zeroed out-parameter.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        return false;
    }
    (st.f_bavail as u64).saturating_mul(st.f_frsize as u64) < 64 * 1024
}
