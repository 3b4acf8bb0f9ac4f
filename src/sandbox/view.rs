//! Folders a solution must not even see: the tests' folders (their inputs and
//! answers) and grind's state. Landlock stops it opening them, but not naming them:
//! `stat` would still give an answer file's size, which for a YES/NO problem is the
//! answer. Where the kernel lets an unprivileged user make a user and mount namespace,
//! the helper makes one in which each such folder is an empty read-only tmpfs, and the
//! run step's child joins it before exec (two `setns` calls; made once per set of
//! folders and kept). The solution cannot leave it: seccomp denies `setns`, `unshare`
//! and `mount`, and its uid inside is the caller's, so exec leaves it no capability.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The namespaces of one view, kept open by the helper.
pub struct View {
    #[cfg(target_os = "linux")]
    user: std::os::fd::OwnedFd,
    #[cfg(target_os = "linux")]
    mount: std::os::fd::OwnedFd,
}

/// The views made so far, by the folders they hide; `None` records a failure so that
/// it is not tried for every test.
#[derive(Default)]
pub struct Views {
    made: HashMap<Vec<PathBuf>, Option<View>>,
    /// Why views cannot be made here, once that is known.
    pub unavailable: Option<String>,
}

/// At most this many views are kept (a `grind check` of the bank meets one per problem).
const KEPT: usize = 16;

impl Views {
    /// The view for a run that hides `hide`, leaving out any folder the run needs
    /// (its folder, its reads and writes, its program): `None` when nothing is to be
    /// hidden or views cannot be made.
    pub fn for_run(&mut self, hide: &[PathBuf], needed: &[&Path]) -> Result<Option<&View>, String> {
        let folders = hidden_folders(hide, needed);
        if folders.is_empty() || self.unavailable.is_some() {
            return Ok(None);
        }
        if !self.made.contains_key(&folders) {
            if self.made.len() >= KEPT {
                self.made.clear();
            }
            let view = match View::make(&folders) {
                Ok(view) => Some(view),
                Err(e) => {
                    // No namespace at all here: say so once, and run without views.
                    if View::make(&[]).is_err() {
                        self.unavailable = Some(e);
                        return Ok(None);
                    }
                    return Err(format!("cannot hide the tests' folders: {e}"));
                }
            };
            self.made.insert(folders.clone(), view);
        }
        Ok(self.made[&folders].as_ref())
    }

    /// Whether views can be made here, for `grind doctor`.
    pub fn probe(&mut self) -> Option<String> {
        if self.unavailable.is_none()
            && let Err(e) = View::make(&[])
        {
            self.unavailable = Some(e);
        }
        self.unavailable.clone()
    }
}

/// The folders of `hide` that exist, without one inside another, and without any that
/// holds (or is) a path the run needs; canonical, sorted.
fn hidden_folders(hide: &[PathBuf], needed: &[&Path]) -> Vec<PathBuf> {
    let needed: Vec<PathBuf> = needed
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    let mut folders: Vec<PathBuf> = hide
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .filter(|p| p.is_dir() && p.parent().is_some())
        .filter(|p| !needed.iter().any(|n| n.starts_with(p)))
        .collect();
    folders.sort();
    folders.dedup();
    let outer = folders.clone();
    folders.retain(|f| !outer.iter().any(|o| o != f && f.starts_with(o)));
    folders
}

#[cfg(target_os = "linux")]
impl View {
    /// Makes the namespaces: a child unshares them, maps its own uid and gid, mounts
    /// an empty read-only tmpfs on each folder and waits; the helper opens the two
    /// namespaces through /proc and ends the child (open descriptors keep them).
    fn make(folders: &[PathBuf]) -> Result<View, String> {
        use std::ffi::CString;
        use std::io::Read;
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        use std::os::unix::ffi::OsStrExt;
        let cstring = |s: &[u8]| CString::new(s).map_err(|_| "a path with a NUL byte".to_string());
        let targets = folders
            .iter()
            .map(|f| cstring(f.as_os_str().as_bytes()))
            .collect::<Result<Vec<_>, _>>()?;
        // SAFETY: getuid and getgid have no preconditions.
        let (uid, gid) = unsafe { (libc::getuid(), libc::getgid()) };
        let files = [
            (cstring(b"/proc/self/setgroups")?, cstring(b"deny")?),
            (
                cstring(b"/proc/self/uid_map")?,
                cstring(format!("{uid} {uid} 1").as_bytes())?,
            ),
            (
                cstring(b"/proc/self/gid_map")?,
                cstring(format!("{gid} {gid} 1").as_bytes())?,
            ),
        ];
        let (tmpfs, options) = (cstring(b"tmpfs")?, cstring(b"size=4k,mode=0555")?);
        let mut fds = [0; 2];
        // SAFETY: fds is a valid array of two ints.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return Err(format!("pipe: {}", std::io::Error::last_os_error()));
        }
        // SAFETY: the pipe's two fresh descriptors are ours.
        let (ready_r, ready_w) =
            unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        // SAFETY: the helper is single-threaded; the child makes only system calls on
        // data prepared above, then waits to be killed.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(format!("fork: {}", std::io::Error::last_os_error()));
        }
        if pid == 0 {
            // SAFETY: as above.
            unsafe {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                let fail = |step: u8| -> ! {
                    let errno = *libc::__errno_location();
                    let report = [step, errno as u8];
                    libc::write(ready_w.as_raw_fd(), report.as_ptr().cast(), 2);
                    libc::_exit(1)
                };
                if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNS) != 0 {
                    fail(b'u');
                }
                for (path, text) in &files {
                    let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
                    if fd < 0 || libc::write(fd, text.as_ptr().cast(), text.as_bytes().len()) < 0 {
                        fail(b'm');
                    }
                    libc::close(fd);
                }
                // The copied mounts are slaves of the helper's (the kernel demotes
                // shared ones in a new user namespace): a folder mounted later still
                // shows, and these mounts do not leak back.
                let flags = libc::MS_RDONLY | libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
                for target in &targets {
                    if libc::mount(
                        tmpfs.as_ptr(),
                        target.as_ptr(),
                        tmpfs.as_ptr(),
                        flags,
                        options.as_ptr().cast(),
                    ) != 0
                    {
                        fail(b't');
                    }
                }
                libc::write(ready_w.as_raw_fd(), b"ok".as_ptr().cast(), 2);
                loop {
                    libc::pause();
                }
            }
        }
        drop(ready_w);
        let mut report = [0u8; 2];
        let got = File::from(ready_r).read_exact(&mut report);
        let opened = match (got, &report) {
            (Ok(()), b"ok") => {
                let open = |name: &str| {
                    std::fs::File::open(format!("/proc/{pid}/ns/{name}"))
                        .map(OwnedFd::from)
                        .map_err(|e| format!("cannot open the {name} namespace: {e}"))
                };
                open("user").and_then(|user| {
                    Ok(View {
                        user,
                        mount: open("mnt")?,
                    })
                })
            }
            (Ok(()), [step, errno]) => {
                let what = match step {
                    b'u' => "unshare a user and mount namespace",
                    b'm' => "map the user in the namespace",
                    _ => "mount an empty folder on the tests' folders",
                };
                let cause = std::io::Error::from_raw_os_error(i32::from(*errno));
                Err(format!("cannot {what}: {}", crate::error::io_cause(&cause)))
            }
            (Err(e), _) => Err(format!("the namespace maker failed: {e}")),
        };
        // SAFETY: pid is our child; it is killed and reaped here.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
            libc::waitpid(pid, std::ptr::null_mut(), 0);
        }
        opened
    }

    /// Joins the view, in the child between fork and exec: the user namespace first
    /// (it owns the mount namespace). Root and working folder become the namespace's,
    /// so the child changes folder after this. Only system calls.
    pub fn enter(&self) -> bool {
        use std::os::fd::AsRawFd;
        // SAFETY: setns on descriptors the helper holds open.
        unsafe {
            libc::setns(self.user.as_raw_fd(), libc::CLONE_NEWUSER) == 0
                && libc::setns(self.mount.as_raw_fd(), libc::CLONE_NEWNS) == 0
        }
    }
}

#[cfg(target_os = "linux")]
use std::fs::File;

#[cfg(not(target_os = "linux"))]
impl View {
    fn make(_folders: &[PathBuf]) -> Result<View, String> {
        Err("not Linux".into())
    }

    pub fn enter(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_a_run_needs_are_never_hidden() {
        let dir = tempfile::tempdir().unwrap();
        let (tests, build, inner) = (
            dir.path().join("tests"),
            dir.path().join("cache/build"),
            dir.path().join("tests/more"),
        );
        for d in [&tests, &build, &inner] {
            std::fs::create_dir_all(d).unwrap();
        }
        let canon = |p: &Path| std::fs::canonicalize(p).unwrap();
        // A folder inside another hidden one is covered by it; a missing one is left.
        assert_eq!(
            hidden_folders(
                &[inner.clone(), tests.clone(), dir.path().join("gone")],
                &[&build]
            ),
            vec![canon(&tests)]
        );
        // A folder that holds the build is not hidden.
        assert!(hidden_folders(&[dir.path().join("cache")], &[&build]).is_empty());
        assert!(hidden_folders(&[dir.path().to_path_buf()], &[&build]).is_empty());
    }
}
