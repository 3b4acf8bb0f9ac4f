//! What makes a test input valid for a problem: its function signature or declared
//! `format:`, and its input validator. Stress keeps every input it judges valid with
//! these; `grind check` proves the problem's own tests pass them.

use super::Shape;
use crate::compile::Build;
use crate::error::{Error, Result};
use crate::judging::Judge;
use crate::problem::Problem;
use crate::sandbox::{self, Request, Step};
use crate::signature::Signature;
use std::path::Path;

pub struct InputRules {
    signature: Option<Signature>,
    pub(super) shape: Option<Shape>,
    validator: Option<Box<Build>>,
}

impl InputRules {
    /// The problem's rules, its validator built.
    pub fn of(judge: &mut Judge, problem: &Problem) -> Result<InputRules> {
        let validator = match &problem.meta.validator {
            Some(path) => Some(judge.judge_program(
                &problem.dir.join(path),
                "input validator",
                &problem.id,
            )?),
            None => None,
        };
        let shape = match &problem.meta.format {
            Some(lines) => Some(Shape::parse(lines).map_err(Error::new)?),
            None => None,
        };
        Ok(InputRules {
            signature: problem.meta.signature.clone(),
            shape,
            validator,
        })
    }

    /// Whether the problem declares anything beyond "some text".
    pub fn any(&self) -> bool {
        self.signature.is_some() || self.shape.is_some() || self.validator.is_some()
    }

    /// What `input` breaks of the signature or the declared format.
    pub fn malformed(&self, input: &str) -> Option<String> {
        if let Some(sig) = &self.signature {
            return sig.check_input(input).err().map(|e| e.to_string());
        }
        self.shape.as_ref().and_then(|s| s.layout(input).err())
    }

    /// Why the input in `file` (whose text is `input`) is not valid, if it is not:
    /// the shape's or signature's complaint, else the validator's.
    pub fn why_invalid(
        &self,
        judge: &mut Judge,
        file: &Path,
        input: &str,
    ) -> Result<Option<String>> {
        if let Some(why) = self.malformed(input) {
            return Ok(Some(why));
        }
        let Some(validator) = &self.validator else {
            return Ok(None);
        };
        let work = crate::fsutil::temp_dir()?;
        let request = Request {
            argv: validator.run_argv(1024),
            env: validator.env(work.path()),
            cwd: work.path().to_path_buf(),
            stdin: Some(file.to_path_buf()),
            result: None,
            limits: sandbox::Limits {
                cpu_ms: 10_000,
                wall_ms: 10_000,
                memory_kib: 1 << 20,
                output_bytes: 1 << 20,
                file_bytes: 1 << 20,
                data_bytes: None,
            },
            step: Step::Run,
            read_paths: validator.read_paths(),
            write_paths: vec![work.path().to_path_buf()],
            hide: vec![],
            pipes: None,
        };
        let outcome = judge.spawner().run(&request)?;
        if outcome.killed.is_none() && matches!(outcome.exit_code, Some(0 | 42)) {
            return Ok(None);
        }
        let stderr = String::from_utf8_lossy(&outcome.stderr);
        let why = stderr.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        Ok(Some(match (outcome.killed, outcome.exit_code) {
            (Some(kill), _) => format!("the validator was stopped ({kill:?} limit)"),
            (None, code) => format!(
                "the validator refuses it (exit {}): {why}",
                code.map_or("by a signal".into(), |c| c.to_string())
            ),
        }))
    }
}
