//! Verdicts, their precedence, and how a supervised run becomes one.

use crate::limits::RunLimits;
use crate::sandbox::{Kill, Outcome, signal_name};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    AC,
    WA,
    TLE,
    MLE,
    OLE,
    RE,
    CE,
    IE,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::AC => "AC",
            Verdict::WA => "WA",
            Verdict::TLE => "TLE",
            Verdict::MLE => "MLE",
            Verdict::OLE => "OLE",
            Verdict::RE => "RE",
            Verdict::CE => "CE",
            Verdict::IE => "IE",
        }
    }

    /// Every verdict, in declaration order.
    pub const ALL: [Verdict; 8] = [
        Verdict::AC,
        Verdict::WA,
        Verdict::TLE,
        Verdict::MLE,
        Verdict::OLE,
        Verdict::RE,
        Verdict::CE,
        Verdict::IE,
    ];

    /// The verdict named by its short form ("WA").
    pub fn parse(text: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == text)
    }

    /// Whether this is Accepted, the one passing verdict.
    pub fn is_accepted(self) -> bool {
        self == Verdict::AC
    }

    pub fn long_name(self) -> &'static str {
        match self {
            Verdict::AC => "Accepted",
            Verdict::WA => "Wrong Answer",
            Verdict::TLE => "Time Limit Exceeded",
            Verdict::MLE => "Memory Limit Exceeded",
            Verdict::OLE => "Output Limit Exceeded",
            Verdict::RE => "Runtime Error",
            Verdict::CE => "Compilation Error",
            Verdict::IE => "Internal Error",
        }
    }
}

/// Why a run was stopped on the wall clock: it slept or waited too long, or (on a
/// machine too busy to give it a CPU) it ran out of real time.
fn wall_detail(outcome: &Outcome, limits: &RunLimits) -> String {
    let excused = outcome.waited_ms + outcome.peer_wait_ms;
    let off_cpu = outcome.wall_ms.saturating_sub(outcome.cpu_ms + excused);
    let mut not_counted = String::new();
    if outcome.waited_ms > 0 {
        not_counted += &format!(
            "; {} ms waiting for a busy CPU not counted",
            outcome.waited_ms
        );
    }
    if outcome.peer_wait_ms > 0 {
        not_counted += &format!(
            "; {} ms of the interactor's work not counted",
            outcome.peer_wait_ms
        );
    }
    if outcome.wall_ms.saturating_sub(excused) < limits.wall_ms {
        return format!(
            "the machine was too busy: {} ms of real time passed with {} ms of CPU time used{not_counted}",
            outcome.wall_ms, outcome.cpu_ms
        );
    }
    format!(
        "wall clock over {} ms: {off_cpu} ms off the CPU sleeping or waiting (CPU used {} ms{not_counted})",
        limits.wall_ms, outcome.cpu_ms
    )
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// A text that names no verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVerdict(pub String);

impl std::fmt::Display for UnknownVerdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
        write!(
            f,
            "unknown verdict `{}` (known: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownVerdict {}

impl std::str::FromStr for Verdict {
    type Err = UnknownVerdict;

    fn from_str(text: &str) -> Result<Verdict, UnknownVerdict> {
        Verdict::parse(text).ok_or_else(|| UnknownVerdict(text.to_string()))
    }
}

/// Out-of-memory messages of each runtime, mapped to MLE as DMOJ does.
const OOM_SIGNATURES: &[&str] = &[
    "std::bad_alloc",
    "MemoryError",
    "java.lang.OutOfMemoryError",
    "JavaScript heap out of memory",
    "runtime: out of memory",
    "memory allocation of",
    "Cannot allocate memory",
];

/// What may be said of a hidden test while its content is secret (a running mock, a
/// grading without --reveal): the details of TLE, MLE and OLE come from limits and
/// figures, RE keeps its exit code or signal but not the stderr line after it, and a
/// checker's words (which quote the expected and found text) become a fixed phrase.
pub fn public_detail(verdict: Verdict, detail: &str) -> String {
    match verdict {
        Verdict::AC | Verdict::TLE | Verdict::MLE | Verdict::OLE => detail.to_string(),
        Verdict::RE => detail.split(": ").next().unwrap_or_default().to_string(),
        _ => format!(
            "{} (hidden test: its details are not shown)",
            verdict.long_name().to_lowercase()
        ),
    }
}

/// The verdict of a run before its output is checked, by the precedence
/// TLE > MLE > OLE > RE. `None` means the run ended normally and its output decides.
pub fn classify(outcome: &Outcome, limits: &RunLimits) -> Option<(Verdict, String)> {
    if outcome.spawn_errno == Some(libc::ENOMEM) {
        return Some((
            Verdict::MLE,
            "the program could not even start: its image (code and static arrays) is too large for memory".into(),
        ));
    }
    if let Some(err) = &outcome.spawn_error {
        return Some((Verdict::IE, format!("could not start the program: {err}")));
    }
    let cpu_over = outcome.cpu_ms > limits.cpu_ms;
    let signal = outcome.signal;
    if outcome.killed == Some(Kill::Cpu) || cpu_over || signal == Some(libc::SIGXCPU) {
        return Some((Verdict::TLE, format!("CPU time over {} ms", limits.cpu_ms)));
    }
    if outcome.killed == Some(Kill::Wall) {
        return Some((Verdict::TLE, wall_detail(outcome, limits)));
    }
    let failed = signal.is_some() || outcome.exit_code != Some(0);
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let oom = failed && OOM_SIGNATURES.iter().any(|s| stderr.contains(s));
    if outcome.killed == Some(Kill::Memory) || outcome.memory_kib > limits.memory_kib || oom {
        let why = if oom && outcome.memory_kib <= limits.memory_kib {
            "the runtime ran out of memory".to_string()
        } else {
            format!("peak memory over {} MiB", limits.memory_kib / 1024)
        };
        return Some((Verdict::MLE, why));
    }
    if outcome.killed == Some(Kill::Output) {
        return Some((
            Verdict::OLE,
            format!(
                "output over {}",
                crate::units::format_kib(limits.output_bytes / 1024)
            ),
        ));
    }
    if outcome.killed == Some(Kill::Disk) {
        return Some((
            Verdict::OLE,
            format!(
                "files written in the run folder over {} (disk limit: output limit + {})",
                crate::units::format_kib(crate::sandbox::disk_cap(&limits.into()) / 1024),
                crate::units::format_kib(crate::sandbox::DISK_GRACE / 1024)
            ),
        ));
    }
    if outcome.killed == Some(Kill::Threads) {
        return Some((
            Verdict::RE,
            format!(
                "more than {} threads at once (the limit on threads)",
                crate::sandbox::MAX_THREADS
            ),
        ));
    }
    if signal == Some(libc::SIGXFSZ) {
        return Some((
            Verdict::OLE,
            "a file written was over its size limit (SIGXFSZ)".into(),
        ));
    }
    if let Some(sig) = signal {
        return Some((
            Verdict::RE,
            format!("killed by {}{}", signal_name(sig), stderr_tail(&stderr)),
        ));
    }
    if outcome.exit_code != Some(0) {
        let code = outcome.exit_code.unwrap_or(-1);
        return Some((
            Verdict::RE,
            format!("exit code {code}{}", stderr_tail(&stderr)),
        ));
    }
    None
}

/// The line of stderr that names the error: the last one mentioning an error, an
/// exception or a panic (Python ends its traceback with it, Java starts with it), else
/// the last line. The failure display shows more.
fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let named = ["Error", "Exception", "panicked", "error:", "fatal"];
    let Some(i) = lines
        .iter()
        .rposition(|l| named.iter().any(|n| l.contains(n)))
        .or(lines.len().checked_sub(1))
    else {
        return String::new();
    };
    // Rust writes "panicked at FILE:L:C:" and the message on the next line.
    let mut text = lines[i].to_string();
    if text.ends_with(':')
        && let Some(next) = lines.get(i + 1)
    {
        text = format!("{text} {next}");
    }
    format!(": {}", text.chars().take(200).collect::<String>())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> RunLimits {
        RunLimits {
            cpu_ms: 1000,
            wall_ms: 3000,
            memory_kib: 65536,
            output_bytes: 1 << 24,
            data_bytes: None,
        }
    }

    #[test]
    fn short_names_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(v.as_str().parse::<Verdict>(), Ok(v));
            assert_eq!(v.to_string(), v.as_str());
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
        let err = "OK".parse::<Verdict>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown verdict `OK` (known: AC, WA, TLE, MLE, OLE, RE, CE, IE)"
        );
        assert!(Verdict::AC.is_accepted() && !Verdict::WA.is_accepted());
    }

    #[test]
    fn precedence_tle_over_mle_over_re() {
        let o = Outcome {
            cpu_ms: 1500,
            memory_kib: 1 << 20,
            signal: Some(libc::SIGKILL),
            ..Outcome::default()
        };
        assert_eq!(classify(&o, &limits()).unwrap().0, Verdict::TLE);
        let o = Outcome {
            memory_kib: 1 << 20,
            signal: Some(libc::SIGSEGV),
            ..Outcome::default()
        };
        assert_eq!(classify(&o, &limits()).unwrap().0, Verdict::MLE);
        let o = Outcome {
            signal: Some(libc::SIGSEGV),
            ..Outcome::default()
        };
        let (v, detail) = classify(&o, &limits()).unwrap();
        assert_eq!((v, detail.as_str()), (Verdict::RE, "killed by SIGSEGV"));
    }

    #[test]
    fn runtime_oom_message_is_mle() {
        let o = Outcome {
            exit_code: Some(1),
            stderr: b"Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
                .to_vec(),
            ..Outcome::default()
        };
        assert_eq!(classify(&o, &limits()).unwrap().0, Verdict::MLE);
    }

    #[test]
    fn an_exec_without_memory_is_mle_other_exec_failures_ie() {
        let mut o = Outcome {
            spawn_error: Some("cannot run main: Cannot allocate memory".into()),
            spawn_errno: Some(libc::ENOMEM),
            ..Outcome::default()
        };
        assert_eq!(classify(&o, &limits()).unwrap().0, Verdict::MLE);
        o.spawn_errno = Some(libc::ENOENT);
        assert_eq!(classify(&o, &limits()).unwrap().0, Verdict::IE);
    }

    #[test]
    fn exit_code_shows_stderr_end() {
        let o = Outcome {
            exit_code: Some(3),
            stderr: b"a\nb\nc\nValueError: boom\n".to_vec(),
            ..Outcome::default()
        };
        let (v, detail) = classify(&o, &limits()).unwrap();
        assert_eq!(v, Verdict::RE);
        assert_eq!(detail, "exit code 3: ValueError: boom");
        let ok = Outcome {
            exit_code: Some(0),
            ..Outcome::default()
        };
        assert!(classify(&ok, &limits()).is_none());
    }
}
