//! The time one side of an interactive run waits for the other to work. grind writes
//! the pid of the program a side talks to, and the thread ids of its own two relay
//! threads (grind copies every byte between the sides), in a small file the side's
//! supervisor reads; the time those spend on a CPU or ready and waiting for one
//! (their scheduler statistics) is not counted against the side's wall-clock limit,
//! nor is the time before the other side has started. So a solution is not charged
//! for an interactor that computes, for grind's relaying, or for either waiting for a
//! CPU on a busy machine, nor an interactor for a slow solution; while both sleep (one
//! waits for a line the other never finished or flushed) neither is excused, and the
//! wall clock stops them.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// What the file holds, one little-endian i32 each: the peer's pid, then grind's two
/// relay threads. 0 until it runs, `ENDED` once it has ended (the id may then be
/// another's).
const SLOTS: usize = 3;
const ENDED: i32 = -1;

/// Which of grind's relay threads (one per direction).
#[derive(Clone, Copy)]
pub enum Relay {
    ToInteractor = 1,
    ToSolution = 2,
}

/// The writing side, grind's.
pub struct PeerPid(File);

impl PeerPid {
    pub fn create(path: &Path) -> std::io::Result<PeerPid> {
        let file = File::create_new(path)?;
        file.write_all_at(&[0u8; SLOTS * 4], 0)?;
        Ok(PeerPid(file))
    }

    /// The peer runs as `pid`.
    pub fn set(&self, pid: i32) {
        self.write(0, pid);
    }

    /// The peer has ended, or will never run.
    pub fn ended(&self) {
        self.write(0, ENDED);
    }

    /// The calling thread is `relay` until `relay_ended`.
    pub fn relay_started(&self, relay: Relay) {
        self.write(relay as usize, thread_id());
    }

    pub fn relay_ended(&self, relay: Relay) {
        self.write(relay as usize, ENDED);
    }

    fn write(&self, slot: usize, id: i32) {
        // An id that cannot be written only excuses less: the side is charged more.
        let _ = self.0.write_all_at(&id.to_le_bytes(), slot as u64 * 4);
    }
}

/// The calling thread's id, which names it in /proc.
#[cfg(target_os = "linux")]
fn thread_id() -> i32 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() }
}

#[cfg(not(target_os = "linux"))]
fn thread_id() -> i32 {
    0
}

/// What one slot's process or thread has done so far.
#[derive(Default, Clone, Copy)]
struct Clock {
    /// The id once known.
    id: Option<i32>,
    ended: bool,
    busy: Duration,
}

impl Clock {
    fn update(&mut self, written: i32) -> Duration {
        if self.ended {
            return self.busy;
        }
        match written {
            ENDED => {
                self.ended = true;
                return self.busy;
            }
            id if id > 0 => self.id = Some(id),
            _ => {}
        }
        if let Some(ns) = self.id.and_then(scheduled_ns) {
            self.busy = self.busy.max(Duration::from_nanos(ns));
        }
        self.busy
    }
}

/// The supervisor's side: what the peer and the relays have done so far.
pub struct PeerWatch {
    file: File,
    opened: Instant,
    clocks: [Clock; SLOTS],
    /// How long the peer took to start (or, never started, to be given up).
    before_start: Option<Duration>,
}

impl PeerWatch {
    pub fn open(path: &Path) -> Option<PeerWatch> {
        Some(PeerWatch {
            file: File::open(path).ok()?,
            opened: Instant::now(),
            clocks: [Clock::default(); SLOTS],
            before_start: None,
        })
    }

    /// The time to excuse, read again now: until the peer started, then the peer's
    /// and the relays' time on or waiting for a CPU.
    pub fn busy(&mut self) -> Duration {
        let mut bytes = [0u8; SLOTS * 4];
        if self.file.read_exact_at(&mut bytes, 0).is_err() {
            bytes = [0; SLOTS * 4];
        }
        let mut total = Duration::ZERO;
        for (clock, id) in self.clocks.iter_mut().zip(bytes.chunks_exact(4)) {
            total += clock.update(i32::from_le_bytes([id[0], id[1], id[2], id[3]]));
        }
        let peer = self.clocks[0];
        if self.before_start.is_none() && (peer.id.is_some() || peer.ended) {
            self.before_start = Some(self.opened.elapsed());
        }
        total + self.before_start.unwrap_or_else(|| self.opened.elapsed())
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

    fn spin(time: Duration) {
        let start = Instant::now();
        while start.elapsed() < time {}
    }

    #[test]
    fn the_wait_for_a_peer_to_start_and_its_cpu_time_count_and_an_ended_one_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("peer");
        let writer = PeerPid::create(&path).unwrap();
        let mut watch = PeerWatch::open(&path).unwrap();
        spin(Duration::from_millis(20));
        let waited = watch.busy();
        assert!(
            waited >= Duration::from_millis(20),
            "not started yet: {waited:?}"
        );
        // This thread as the peer: spin, and its time on (or waiting for) a CPU shows.
        writer.set(thread_id());
        let before = watch.busy();
        spin(Duration::from_millis(20));
        assert!(watch.busy() >= before + Duration::from_millis(15));
        writer.ended();
        let last = watch.busy();
        spin(Duration::from_millis(20));
        assert_eq!(watch.busy(), last, "ended: not read again");
    }

    #[test]
    fn a_relay_threads_time_counts_until_it_ends() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("peer");
        let writer = PeerPid::create(&path).unwrap();
        let mut watch = PeerWatch::open(&path).unwrap();
        writer.ended(); // no peer: only the relay counts from here
        let before = watch.busy();
        std::thread::scope(|s| {
            s.spawn(|| {
                writer.relay_started(Relay::ToSolution);
                spin(Duration::from_millis(20));
                assert!(watch.busy() >= before + Duration::from_millis(15));
                writer.relay_ended(Relay::ToSolution);
            });
        });
        let last = watch.busy();
        spin(Duration::from_millis(20));
        assert_eq!(watch.busy(), last, "ended: not read again");
    }
}
