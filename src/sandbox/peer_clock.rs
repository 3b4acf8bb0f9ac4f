//! The time one side of an interactive run spends waiting for the other. grind relays
//! every byte, so it sees whose turn it is; it keeps each side's clock in a small file
//! that the side's supervisor reads, and that time is not counted against the side's
//! wall-clock limit: a solution is not charged for an interactor that is slow or that
//! waits for a CPU on a busy machine, nor an interactor for a slow solution.
//!
//! The file holds two little-endian u64s: the time counted so far (ns) and, while the
//! clock runs, when it started (CLOCK_MONOTONIC ns; 0 when stopped).

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::time::Duration;

/// The writing side, grind's.
pub struct PeerClock {
    file: File,
    total_ns: u64,
    since_ns: Option<u64>,
}

impl PeerClock {
    /// A new clock, stopped at zero.
    pub fn create(path: &Path) -> std::io::Result<PeerClock> {
        let clock = PeerClock {
            file: File::create_new(path)?,
            total_ns: 0,
            since_ns: None,
        };
        clock.write();
        Ok(clock)
    }

    pub fn start(&mut self) {
        if self.since_ns.is_none() {
            self.since_ns = Some(now_ns());
            self.write();
        }
    }

    pub fn stop(&mut self) {
        if let Some(since) = self.since_ns.take() {
            self.total_ns += now_ns().saturating_sub(since);
            self.write();
        }
    }

    /// Counts time the side is known to have waited after the fact.
    pub fn add(&mut self, waited: Duration) {
        self.total_ns += waited.as_nanos() as u64;
        self.write();
    }

    fn write(&self) {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&self.total_ns.to_le_bytes());
        bytes[8..].copy_from_slice(&self.since_ns.unwrap_or(0).to_le_bytes());
        // A clock that cannot be written only counts less: the side is charged more.
        let _ = self.file.write_all_at(&bytes, 0);
    }
}

/// The time on a clock now (the supervisor's side). Read until two reads agree, as a
/// read may meet a write half done.
pub fn read(file: &File) -> Duration {
    let once = || {
        let mut bytes = [0u8; 16];
        file.read_exact_at(&mut bytes, 0).ok().map(|()| bytes)
    };
    for _ in 0..8 {
        let (Some(a), Some(b)) = (once(), once()) else {
            return Duration::ZERO;
        };
        if a == b {
            let word = |i: usize| u64::from_le_bytes(a[i..i + 8].try_into().expect("8 bytes"));
            let (total, since) = (word(0), word(8));
            let running = if since == 0 {
                0
            } else {
                now_ns().saturating_sub(since)
            };
            return Duration::from_nanos(total + running);
        }
    }
    Duration::ZERO
}

fn now_ns() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime fills the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) };
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_only_while_running() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("clock");
        let mut clock = PeerClock::create(&path).unwrap();
        let reader = File::open(&path).unwrap();
        assert_eq!(read(&reader), Duration::ZERO);
        clock.add(Duration::from_millis(7));
        let stopped = read(&reader);
        assert_eq!(stopped, Duration::from_millis(7));
        // Stopped: the reading does not move, however long one waits.
        let spin = std::time::Instant::now();
        while spin.elapsed() < Duration::from_millis(5) {}
        assert_eq!(read(&reader), stopped);
        clock.start();
        let spin = std::time::Instant::now();
        while spin.elapsed() < Duration::from_millis(5) {}
        assert!(read(&reader) >= stopped + Duration::from_millis(5));
        clock.stop();
        let counted = read(&reader);
        assert!(counted >= stopped + Duration::from_millis(5));
        assert_eq!(read(&reader), counted);
    }
}
