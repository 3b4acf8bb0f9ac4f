//! The one chain of limits: a problem's declared limits (`problem::Limits`, from
//! problem.yaml or `grind run`'s flags) become the limits a run is judged against
//! (`RunLimits`, after the language's multiplier), which become the sandbox's request
//! (`sandbox::Limits`). A new limit is a field here and in its one conversion.

use crate::language::Language;
use crate::problem;
use crate::sandbox;

/// Files a solution writes in its folder are capped (RLIMIT_FSIZE) at this size.
const RUN_FILE_BYTES: u64 = 64 << 20;
/// The output cap when a problem sets none: max(this, 4 × the expected answer).
const MIN_OUTPUT_LIMIT: u64 = 16 << 20;

/// The limits a run is judged against, after the language's time multiplier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunLimits {
    pub cpu_ms: u64,
    pub wall_ms: u64,
    pub memory_kib: u64,
    pub output_bytes: u64,
    /// RLIMIT_DATA backstop for native code: memory + the language's grace.
    pub data_bytes: Option<u64>,
}

impl RunLimits {
    /// A problem's limits for a solution in `language` whose answer is `answer_bytes`.
    pub fn new(limits: &problem::Limits, language: &Language, answer_bytes: u64) -> RunLimits {
        let cpu_ms =
            (limits.time.0.as_secs_f64() * language.time_multiplier * 1000.0).round() as u64;
        // SPEC: the wall limit is max(3 × time, time + 1 s).
        let wall_ms = (3 * cpu_ms).max(cpu_ms + 1000);
        let memory_bytes = limits.memory.0;
        RunLimits {
            cpu_ms,
            wall_ms,
            memory_kib: memory_bytes / 1024,
            output_bytes: limits
                .output
                .map_or(MIN_OUTPUT_LIMIT.max(4 * answer_bytes), |s| s.0),
            data_bytes: language.data_grace.map(|g| memory_bytes + g.0),
        }
    }
}

impl From<&RunLimits> for sandbox::Limits {
    fn from(l: &RunLimits) -> sandbox::Limits {
        sandbox::Limits {
            cpu_ms: l.cpu_ms,
            wall_ms: l.wall_ms,
            memory_kib: l.memory_kib,
            output_bytes: l.output_bytes,
            file_bytes: RUN_FILE_BYTES,
            data_bytes: l.data_bytes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{Dur, Size};
    use std::time::Duration;

    #[test]
    fn a_problems_limits_reach_the_sandbox_with_the_multiplier() {
        let languages = crate::language::Languages::load().expect("languages load");
        let python = languages.get("python").expect("python is defined");
        let c = languages.get("c").expect("c is defined");
        let declared = problem::Limits {
            time: Dur(Duration::from_millis(1500)),
            memory: Size(256 << 20),
            output: None,
        };
        let run = RunLimits::new(&declared, c, 100 << 20);
        assert_eq!(run.cpu_ms, (1500.0 * c.time_multiplier).round() as u64);
        assert_eq!(run.wall_ms, (3 * run.cpu_ms).max(run.cpu_ms + 1000));
        assert_eq!(
            run.output_bytes,
            400 << 20,
            "4 × the answer when over 16 MiB"
        );
        assert_eq!(run.memory_kib, 256 << 10);
        let request = sandbox::Limits::from(&run);
        assert_eq!(request.cpu_ms, run.cpu_ms);
        assert_eq!(request.data_bytes, c.data_grace.map(|g| (256 << 20) + g.0));
        let slow = RunLimits::new(&declared, python, 0);
        assert!(slow.cpu_ms > run.cpu_ms, "python's multiplier applies");
        assert_eq!(slow.output_bytes, 16 << 20);
    }
}
