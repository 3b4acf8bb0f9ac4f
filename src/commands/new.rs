//! `grind new`: a solution file from the template and a tests file with the samples.

use super::Status;
use crate::cli::Mode;
use crate::error::{Error, Result};
use crate::judging::{UserTest, user_tests_path};
use crate::language::Languages;
use crate::problem::Problem;
use crate::signature::STDIN_MARKER;
use crate::{bank, paths};
use std::path::PathBuf;

pub fn run(arg: &str, lang: &str, mode: Option<Mode>, force: bool) -> Result<Status> {
    let problem = bank::find(arg)?;
    let written = write(&problem, lang, mode, std::path::Path::new("."), force)?;
    for path in &written {
        println!("wrote {}", path.display());
    }
    println!(
        "next: edit {}, then `grind test {}`",
        written[0].display(),
        arg
    );
    Ok(Status::Ok)
}

/// Writes the solution file (the function stub of a signature problem, otherwise the
/// language's template), and the user's tests file with the samples unless it exists,
/// into `dir`. Returns the files written.
pub fn write(
    problem: &crate::problem::Problem,
    lang: &str,
    mode: Option<Mode>,
    dir: &std::path::Path,
    force: bool,
) -> Result<Vec<PathBuf>> {
    let languages = Languages::load()?;
    let language = languages.get(lang)?;
    let ext = language.extensions.first().cloned().unwrap_or_default();
    let signature = problem.meta.signature.as_ref();
    if mode == Some(Mode::Function) && signature.is_none() {
        return Err(Error::new(format!(
            "problem `{}` has no function signature: its solutions are full programs",
            problem.id
        ))
        .help("leave out --mode; the template reads stdin and prints to stdout"));
    }
    let code = match signature {
        Some(sig) if mode != Some(Mode::Stdin) => crate::driver::stub(
            language,
            sig,
            &format!("{} ({})", problem.meta.title, problem.id),
            &problem.summary(),
        )?,
        _ => template(problem, language, &ext, signature.is_some())?,
    };
    let file = dir.join(format!("{}.{ext}", problem.id));
    if file.exists() && !force {
        return Err(
            Error::new(format!("{} already exists", file.display())).help(
                "judge it with `grind test`, or pass --force to start over (this overwrites it)",
            ),
        );
    }
    std::fs::write(&file, code).map_err(|e| Error::io("write", &file, e))?;
    let mut written = vec![file.clone()];
    let tests_file = user_tests_path(&file);
    if !tests_file.exists() {
        let samples: Vec<UserTest> = problem
            .meta
            .samples
            .iter()
            .enumerate()
            .map(|(i, s)| UserTest {
                name: Some(format!("mine-{}", i + 1)),
                input: s.input.clone(),
                output: Some(s.output.clone()),
            })
            .collect();
        let body = serde_yaml::to_string(&samples).map_err(|e| Error::internal(e.to_string()))?;
        let text = format!(
            "# Your own tests for {}: `grind test` runs them after the samples.\n# Add cases below; leave `output` out to see the output without judging it.\n{body}",
            problem.id
        );
        std::fs::write(&tests_file, text).map_err(|e| Error::io("write", &tests_file, e))?;
        written.push(tests_file);
    }
    Ok(written)
}

/// The language's template for a full program; for a signature problem with the line
/// that keeps grind from joining its driver.
fn template(
    problem: &Problem,
    language: &crate::language::Language,
    ext: &str,
    json_lines: bool,
) -> Result<String> {
    let lang = &language.id;
    let path = paths::harness()
        .join("templates")
        .join(format!("{lang}.{ext}"));
    let text =
        std::fs::read_to_string(&path).map_err(|e| Error::io("read the template", &path, e))?;
    let code = text
        .replace("{title}", &problem.meta.title)
        .replace("{id}", &problem.id);
    if !json_lines {
        return Ok(code);
    }
    let comment = &language.comment;
    Ok(format!(
        "{comment} {STDIN_MARKER}: a full program. Each test is one JSON value per parameter, one per line;\n{comment} print the result as JSON.\n{code}"
    ))
}
