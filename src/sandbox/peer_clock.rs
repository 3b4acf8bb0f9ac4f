//! The time one side of an interactive run waits for the other to work. grind writes
//! the pid of the program a side talks to in a small file its supervisor reads; the
//! time that program spends on a CPU or ready and waiting for one (its scheduler
//! statistics) is not counted against the side's wall-clock limit. So a solution is
//! not charged for an interactor that computes, or that waits for a CPU on a busy
//! machine, nor an interactor for a slow solution; while both sleep (one waits for a
//! line the other never finished or flushed) neither is excused, and the wall clock
//! stops them.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::time::Duration;

/// The writing side, grind's: the peer's pid, 0 until it runs and once it has ended
/// (its pid may then be another process's).
pub struct PeerPid(File);

impl PeerPid {
    pub fn create(path: &Path) -> std::io::Result<PeerPid> {
        let file = PeerPid(File::create_new(path)?);
        file.set(0);
        Ok(file)
    }

    pub fn set(&self, pid: i32) {
        // A pid that cannot be written only excuses less: the side is charged more.
        let _ = self.0.write_all_at(&(pid as u32).to_le_bytes(), 0);
    }
}

/// The supervisor's side: what the peer has done so far.
pub struct PeerWatch {
    file: File,
    /// The peer's pid once known; `None` again after it has ended.
    pid: Option<i32>,
    ended: bool,
    busy: Duration,
}

impl PeerWatch {
    pub fn open(path: &Path) -> Option<PeerWatch> {
        Some(PeerWatch {
            file: File::open(path).ok()?,
            pid: None,
            ended: false,
            busy: Duration::ZERO,
        })
    }

    /// The peer's time on or waiting for a CPU, read again now.
    pub fn busy(&mut self) -> Duration {
        if self.ended {
            return self.busy;
        }
        let mut bytes = [0u8; 4];
        let written = self
            .file
            .read_exact_at(&mut bytes, 0)
            .ok()
            .map(|()| u32::from_le_bytes(bytes) as i32);
        match (self.pid, written) {
            (None, Some(pid)) if pid > 0 => self.pid = Some(pid),
            (Some(_), Some(0)) => {
                self.ended = true;
                return self.busy;
            }
            _ => {}
        }
        if let Some(ns) = self.pid.and_then(scheduled_ns) {
            self.busy = self.busy.max(Duration::from_nanos(ns));
        }
        self.busy
    }
}

/// A process's main thread's time on a CPU plus its time ready but waiting for one
/// (`/proc/PID/schedstat`, ns).
fn scheduled_ns(pid: i32) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/schedstat")).ok()?;
    let mut fields = text.split_whitespace().map(|f| f.parse::<u64>().ok());
    Some(fields.next()?? + fields.next()??)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_peers_cpu_time_counts_and_an_ended_one_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("peer");
        let writer = PeerPid::create(&path).unwrap();
        let mut watch = PeerWatch::open(&path).unwrap();
        assert_eq!(watch.busy(), Duration::ZERO, "no peer yet");
        // This process as the peer: spin, and its CPU time shows.
        // SAFETY: gettid has no preconditions; /proc/TID names this thread.
        writer.set(unsafe { libc::gettid() });
        let before = watch.busy();
        let spin = std::time::Instant::now();
        while spin.elapsed() < Duration::from_millis(20) {}
        assert!(watch.busy() >= before + Duration::from_millis(15));
        writer.set(0);
        let last = watch.busy();
        let spin = std::time::Instant::now();
        while spin.elapsed() < Duration::from_millis(20) {}
        assert_eq!(watch.busy(), last, "ended: not read again");
    }
}
