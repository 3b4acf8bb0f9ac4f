//! A Kattis/ICPC problem package, legacy or 2023-07: problem.yaml, the statement,
//! data/sample and data/secret, an output validator, and the judges' submissions.

use super::links::Tree;
use super::{Checking, Draft, pair_tests};
use crate::error::{Error, Location, Result};
use serde_yaml::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Whether grind knows the language of a submission or validator, by its extension.
fn is_source(path: &Path, languages: &crate::language::Languages) -> bool {
    path.is_file() && languages.for_file(path, None).is_ok()
}

pub(super) fn read(path: &Path) -> Result<Draft> {
    let file = path.join("problem.yaml");
    if path.is_file() {
        return Err(Error::new(format!(
            "{} is a file; grind imports a package's folder",
            path.display()
        ))
        .help("unpack it first (e.g. `unzip PACKAGE.zip -d FOLDER`) and import the folder"));
    }
    if !file.is_file() {
        return Err(
            Error::new(format!("{} has no problem.yaml", path.display()))
                .help("give the package's root folder, the one holding problem.yaml and data/"),
        );
    }
    let text = std::fs::read_to_string(&file).map_err(|e| Error::io("read", &file, e))?;
    let meta: Value = if text.trim().is_empty() {
        Value::Null
    } else {
        crate::yaml::parse(&text, &file, "problem.yaml")?
    };
    let root = path
        .canonicalize()
        .map_err(|e| Error::io("open", path, e))?;
    let folder = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "problem".into());
    let title = name(&meta).unwrap_or_else(|| folder.clone());
    let mut draft = Draft::new(super::slug(&folder), title.clone());

    let kind = format!(
        "{} {}",
        text_of(&meta, "type").unwrap_or_default(),
        text_of(&meta, "validation").unwrap_or_default()
    );
    let interactive = kind.contains("interactive");
    // Multi-pass: the submission runs again on the `nextpass.in` the validator writes,
    // at most `limits.validation_passes` times (the format's default is 2).
    if kind.contains("multi-pass") || kind.contains("multipass") {
        let passes = meta
            .get("limits")
            .and_then(|l| l.get("validation_passes"))
            .map_or(Some(2), Value::as_u64);
        let Some(passes) = passes.filter(|p| (2..=100).contains(p)) else {
            let at = crate::problem::locate(&text, "validation_passes").unwrap_or((1, 1));
            return Err(Error::new(format!(
                "`{title}`: limits.validation_passes must be a number of passes from 2 to 100"
            ))
            .at(Location::new(&file, at.0, at.1, Some(&text)))
            .help("fix the package's problem.yaml, or remove the field for the default of 2"));
        };
        draft.passes = Some(passes as u32);
        draft.notes.push(format!(
            "a multi-pass problem: up to {passes} passes per test"
        ));
    }
    if kind.contains("scor") {
        draft
            .notes
            .push("a scoring problem: grind judges it pass/fail per test".into());
    }
    draft.source = [text_of(&meta, "source_url"), source(&meta)]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty());
    draft.time = time_limit(&meta, &root);
    draft.memory_mib = meta
        .get("limits")
        .and_then(|l| l.get("memory"))
        .and_then(Value::as_u64)
        .or(Some(2048)); // the format's default
    draft.statement = statement(&root, &title, &mut draft.notes)?;

    let tree = super::links::Tree::of(&root);
    let sample_dir = root.join("data").join("sample");
    let secret_dir = root.join("data").join("secret");
    if !sample_dir.is_dir() && !secret_dir.is_dir() {
        return Err(Error::new(format!(
            "{} has neither data/sample nor data/secret",
            root.display()
        ))
        .help("a package keeps its tests as data/secret/NAME.in with NAME.ans"));
    }
    if sample_dir.is_dir() {
        draft.samples = pair_tests(&sample_dir, true, &["ans"], &tree)?;
    }
    if secret_dir.is_dir() {
        draft.tests = pair_tests(&secret_dir, true, &["ans"], &tree)?;
    }
    // With no samples, the first secret test is shown, so `grind test` has one to run.
    if draft.samples.is_empty() && !draft.tests.is_empty() {
        draft.samples.push(draft.tests.remove(0));
    }

    draft.checking = if interactive {
        let folder = if root.join("output_validator").is_dir() {
            root.join("output_validator")
        } else {
            validator_folder(&root.join("output_validators"))?
        };
        let args = validator_args(&meta, &root, &mut draft.notes)?;
        validator(&folder, true, args, &tree, &mut draft.notes)?
    } else {
        let args = validator_args(&meta, &root, &mut draft.notes)?;
        checking(&meta, &root, args, &tree, &mut draft.notes)?
    };
    if draft.passes.is_some() && matches!(draft.checking, Checking::Builtin(_)) {
        let at = crate::problem::locate(&text, "multi").unwrap_or((1, 1));
        return Err(Error::new(format!(
            "`{title}` is a multi-pass problem without an output validator: nothing can start its next pass"
        ))
        .at(Location::new(&file, at.0, at.1, Some(&text)))
        .help("a multi-pass package keeps its validator in output_validator/"));
    }
    let languages = crate::language::Languages::load()?;
    draft.solutions = submissions(&root, &languages, &tree, &mut draft.notes)?;
    Ok(draft)
}

/// `name: Title`, or the English one of `name: {en: Title, …}`.
fn name(meta: &Value) -> Option<String> {
    match meta.get("name")? {
        Value::String(s) => Some(s.clone()),
        Value::Mapping(m) => m
            .get("en")
            .or_else(|| m.values().next())
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    }
}

/// `source: text` (legacy), or `source: {name, url}` / a list of them (2023-07).
fn source(meta: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Mapping(_) => v
            .get("url")
            .or_else(|| v.get("name"))
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    };
    match meta.get("source")? {
        Value::Sequence(list) => list.iter().find_map(one),
        v => one(v),
    }
}

fn text_of(meta: &Value, key: &str) -> Option<String> {
    match meta.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Sequence(list) => Some(
            list.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

/// The time limit: `limits.time_limit` (2023-07), else the `.timelimit` file or
/// domjudge-problem.ini that tools write beside a legacy package.
fn time_limit(meta: &Value, root: &Path) -> Option<Duration> {
    let seconds = meta
        .get("limits")
        .and_then(|l| l.get("time_limit"))
        .and_then(Value::as_f64)
        .or_else(|| {
            let text = std::fs::read_to_string(root.join(".timelimit")).ok()?;
            text.trim().parse().ok()
        })
        .or_else(|| {
            let ini = std::fs::read_to_string(root.join("domjudge-problem.ini")).ok()?;
            ini.lines().find_map(|l| {
                let (key, value) = l.split_once('=')?;
                (key.trim() == "timelimit")
                    .then(|| value.trim().trim_matches(['\'', '"']).parse().ok())?
            })
        })?;
    (seconds > 0.0).then(|| Duration::from_millis((seconds * 1000.0).round() as u64))
}

/// The statement as Markdown: a Markdown one as is, a LaTeX one lightly converted.
fn statement(root: &Path, title: &str, notes: &mut Vec<String>) -> Result<String> {
    let mut found: Option<PathBuf> = None;
    for folder in ["problem_statement", "statement"] {
        for name in [
            "problem.en.md",
            "problem.md",
            "problem.en.tex",
            "problem.tex",
        ] {
            let path = root.join(folder).join(name);
            if found.is_none() && path.is_file() {
                found = Some(path);
            }
        }
    }
    let Some(path) = found else {
        notes.push("the package has no English statement".into());
        return Ok(format!(
            "# {title}\n\nThe package came without a statement.\n"
        ));
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
    if path.extension().is_some_and(|e| e == "md") {
        return Ok(text);
    }
    notes.push(format!(
        "the statement was converted from LaTeX ({}); formulas are kept as written",
        path.strip_prefix(root).unwrap_or(&path).display()
    ));
    Ok(format!("# {title}\n\n{}", latex_to_markdown(&text)))
}

/// The common commands of problem statements, as Markdown; the rest is kept as is.
fn latex_to_markdown(tex: &str) -> String {
    let mut out = String::new();
    for line in tex.lines() {
        // `%` starts a comment unless escaped.
        let line = match line
            .char_indices()
            .find(|&(i, c)| c == '%' && (i == 0 || line.as_bytes()[i - 1] != b'\\'))
        {
            Some((i, _)) => &line[..i],
            None => line,
        };
        let trimmed = line.trim();
        if trimmed.starts_with("\\begin{problem}")
            || trimmed.starts_with("\\end{problem}")
            || trimmed.starts_with("\\illustration")
            || trimmed.starts_with("\\problemname")
            || trimmed.starts_with("\\begin{itemize}")
            || trimmed.starts_with("\\end{itemize}")
            || trimmed.starts_with("\\begin{enumerate}")
            || trimmed.starts_with("\\end{enumerate}")
        {
            continue;
        }
        let mut line = trimmed.to_string();
        for (command, heading) in [("\\section*{", "## "), ("\\section{", "## ")] {
            if let Some(rest) = line.strip_prefix(command) {
                line = format!("{heading}{}", rest.trim_end_matches('}'));
            }
        }
        if let Some(rest) = line.strip_prefix("\\item") {
            line = format!("- {}", rest.trim_start());
        }
        for (command, open, close) in [
            ("\\textbf{", "**", "**"),
            ("\\emph{", "*", "*"),
            ("\\textit{", "*", "*"),
            ("\\texttt{", "`", "`"),
        ] {
            line = replace_command(&line, command, open, close);
        }
        let line = line
            .replace("\\\\", "")
            .replace('~', " ")
            .replace("\\%", "%")
            .replace("``", "\"")
            .replace("''", "\"");
        // No blank line at the start, and no two in a row (skipped commands leave them).
        let line = line.trim_end();
        if !line.is_empty() || !(out.is_empty() || out.ends_with("\n\n")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `\cmd{text}` → `open text close`, for commands whose argument has no braces.
fn replace_command(line: &str, command: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find(command) {
        let after = &rest[start + command.len()..];
        let Some(end) = after.find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str(open);
        out.push_str(&after[..end]);
        out.push_str(close);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The default validator's flags as a grind checker, or the custom output validator.
fn checking(
    meta: &Value,
    root: &Path,
    args: Vec<String>,
    tree: &Tree,
    notes: &mut Vec<String>,
) -> Result<Checking> {
    let validation = text_of(meta, "validation").unwrap_or_default();
    let folder = if root.join("output_validator").is_dir() {
        Some(root.join("output_validator"))
    } else if validation.contains("custom") {
        Some(validator_folder(&root.join("output_validators"))?)
    } else {
        None
    };
    if let Some(folder) = folder {
        return validator(&folder, false, args, tree, notes);
    }
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let value_after = |flag: &str| {
        words
            .iter()
            .position(|w| *w == flag)
            .and_then(|i| words.get(i + 1))
            .and_then(|v| v.parse::<f64>().ok())
    };
    let tolerance = value_after("float_tolerance");
    let abs = value_after("float_absolute_tolerance").or(tolerance);
    let rel = value_after("float_relative_tolerance").or(tolerance);
    if abs.is_some() || rel.is_some() {
        let mut float = serde_yaml::Mapping::new();
        float.insert("abs".into(), abs.unwrap_or(0.0).into());
        float.insert("rel".into(), rel.unwrap_or(0.0).into());
        let mut table = serde_yaml::Mapping::new();
        table.insert("float".into(), Value::Mapping(float));
        return Ok(Checking::Builtin(Value::Mapping(table)));
    }
    let case_sensitive = words.contains(&"case_sensitive");
    let space_sensitive = words.contains(&"space_change_sensitive");
    Ok(Checking::Builtin(
        match (case_sensitive, space_sensitive) {
            (true, true) => "exact",
            (true, false) => "tokens",
            (false, space) => {
                if space {
                    notes.push(
                        "space_change_sensitive without case_sensitive: compared case-insensitively by tokens"
                            .into(),
                    );
                }
                "case-insensitive"
            }
        }
        .into(),
    ))
}

/// output_validators/ holds the validator's files, or one folder of them.
fn validator_folder(dir: &Path) -> Result<PathBuf> {
    let entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::io("read the output validator folder", dir, e)
                .help("`validation: custom` needs output_validators/ with the validator")
        })?
        .flatten()
        .map(|e| e.path())
        .collect();
    let folders: Vec<&PathBuf> = entries.iter().filter(|p| p.is_dir()).collect();
    match folders.as_slice() {
        [one] if entries.len() == 1 => Ok(one.to_path_buf()),
        _ => Ok(dir.to_path_buf()),
    }
}

/// The validator's one source file, with the folder's own headers inlined (the
/// checker is built alone), named `checker.EXT`.
/// The output validator's arguments: the legacy `validator_flags` of problem.yaml,
/// then `output_validator_args` (or the legacy `output_validator_flags`) of the top
/// test group: `data/test_group.yaml`, `data/testdata.yaml`, or the `test_group.yaml:`
/// of BAPCtools' `generators/generators.yaml`. A deeper group's own are noted, not
/// carried over: grind gives one validator the same arguments for every test.
fn validator_args(meta: &Value, root: &Path, notes: &mut Vec<String>) -> Result<Vec<String>> {
    let words = |v: &Value, key: &str| -> Vec<String> {
        text_of(v, key)
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let of_group = |v: &Value| {
        let mut args = words(v, "output_validator_args");
        args.extend(words(v, "output_validator_flags"));
        args
    };
    let read = |path: &Path| -> Result<Option<Value>> {
        if !path.is_file() {
            return Ok(None);
        }
        let text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        crate::yaml::parse(&text, path, &name).map(Some)
    };
    let mut args = words(meta, "validator_flags");
    let data = root.join("data");
    let mut top = None;
    for name in ["test_group.yaml", "testdata.yaml"] {
        if top.is_none() {
            top = read(&data.join(name))?;
        }
    }
    if top.is_none()
        && let Some(generators) = read(&root.join("generators").join("generators.yaml"))?
    {
        top = ["test_group.yaml", "testdata.yaml"]
            .iter()
            .find_map(|k| generators.get(*k).cloned());
    }
    if let Some(group) = &top {
        args.extend(of_group(group));
    }
    let top_args = top.as_ref().map(of_group).unwrap_or_default();
    for group in ["sample", "secret"].iter().map(|g| data.join(g)) {
        for entry in group_files(&group) {
            if let Some(v) = read(&entry)?
                && let own = of_group(&v)
                && !own.is_empty()
                && own != top_args
            {
                notes.push(format!(
                    "{}: its own validator arguments are not carried over (grind passes `{}` for every test)",
                    entry.strip_prefix(root).unwrap_or(&entry).display(),
                    args.join(" ")
                ));
            }
        }
    }
    Ok(args)
}

/// The test-group files (`test_group.yaml`, `testdata.yaml`) in `folder` and below.
fn group_files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(group_files(&path));
        } else if path
            .file_name()
            .is_some_and(|n| n == "test_group.yaml" || n == "testdata.yaml")
        {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn validator(
    folder: &Path,
    interactive: bool,
    args: Vec<String>,
    tree: &Tree,
    notes: &mut Vec<String>,
) -> Result<Checking> {
    // Its own scripts say how to build and run it (e.g. a DOMjudge jury program with
    // other arguments): building its source alone would misjudge every submission.
    if let Some(script) = ["build", "run"].iter().find(|s| folder.join(s).is_file()) {
        return Err(Error::new(format!(
            "the output validator in {} comes with its own `{script}` script, which grind does not run",
            folder.display()
        ))
        .help("grind builds a validator from one source file called as the format says (INPUT ANSWER FEEDBACK_DIR); adapt it to that and import again"));
    }
    let languages = crate::language::Languages::load()?;
    let mut sources: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| Error::io("read", folder, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_source(p, &languages))
        .collect();
    sources.sort();
    // A validator may be a program folder of its own inside (`output_validator/NAME/`).
    if sources.is_empty() {
        let folders: Vec<PathBuf> = std::fs::read_dir(folder)
            .map_err(|e| Error::io("read", folder, e))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        match folders.as_slice() {
            [inner] => return validator(inner, interactive, args, tree, notes),
            [] => {}
            many => {
                let mut names: Vec<String> = many
                    .iter()
                    .map(|f| {
                        f.file_name()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .into_owned()
                    })
                    .collect();
                names.sort();
                return Err(Error::new(format!(
                    "the output validator in {} is {} programs ({}); grind builds one",
                    folder.display(),
                    many.len(),
                    names.join(", ")
                ))
                .help("keep the one that judges (join them into one file if all are needed) and import again"));
            }
        }
    }
    let [main] = sources.as_slice() else {
        return Err(Error::new(format!(
            "the output validator in {} has {} source files; grind builds a checker from one",
            folder.display(),
            sources.len()
        ))
        .help("join it into one file (C/C++ headers in the folder are inlined by themselves) and import again"));
    };
    let ext = main.extension().and_then(|e| e.to_str()).unwrap_or("");
    let source = if matches!(ext, "c" | "cpp" | "cc" | "cxx") {
        let mut seen = HashSet::new();
        inline_headers(main, folder, tree, &mut seen)?
    } else {
        {
            let main = tree.resolve(main)?;
            std::fs::read_to_string(&main).map_err(|e| Error::io("read", &main, e))?
        }
    };
    let role = if interactive { "interactor" } else { "checker" };
    notes.push(format!(
        "the output validator {} is the {role} (Kattis protocol)",
        main.file_name().unwrap_or_default().to_string_lossy()
    ));
    Ok(Checking::Validator {
        name: format!("{role}.{ext}"),
        source,
        interactive,
        args,
    })
}

/// `file` with each `#include "NAME"` found in `folder` replaced by that file's text,
/// once each, and `#line` marks so compiler messages name the original files.
fn inline_headers(
    file: &Path,
    folder: &Path,
    tree: &Tree,
    seen: &mut HashSet<PathBuf>,
) -> Result<String> {
    let read = tree.resolve(file)?;
    let text = std::fs::read_to_string(&read).map_err(|e| Error::io("read", &read, e))?;
    let label = file.file_name().unwrap_or_default().to_string_lossy();
    let mut out = format!("#line 1 \"{label}\"\n");
    for (n, line) in text.lines().enumerate() {
        let included = line
            .trim()
            .strip_prefix("#include")
            .map(str::trim)
            .and_then(|r| r.strip_prefix('"'))
            .and_then(|r| r.split('"').next())
            .map(|name| folder.join(name))
            .filter(|p| p.is_file());
        match included {
            Some(header) => {
                if seen.insert(header.clone()) {
                    out.push_str(&inline_headers(&header, folder, tree, seen)?);
                }
                out.push_str(&format!("#line {} \"{label}\"\n", n + 2));
            }
            None if line.trim() == "#pragma once" => out.push('\n'),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// The judges' single-file submissions grind can build, each in the folder that
/// proves what the package expects of it (its folder's name, or `submissions.yaml` /
/// `@EXPECTED_RESULTS@`); what is left out is named in a note.
fn submissions(
    root: &Path,
    languages: &crate::language::Languages,
    tree: &Tree,
    notes: &mut Vec<String>,
) -> Result<Vec<(&'static str, String, PathBuf)>> {
    let mut out = Vec::new();
    let mut left = Vec::new();
    let top = root.join("submissions");
    let expected = super::expected::Expectations::read(&top)?;
    for key in &expected.unsupported {
        left.push(format!(
            "submissions.yaml's `{key}` (patterns are not applied)"
        ));
    }
    for folder in listing(&top).into_iter().filter(|f| f.is_dir()) {
        let name = file_name(&folder);
        let own = crate::check::KINDS
            .iter()
            .find(|k| k.folder == name)
            .map(|k| k.folder);
        let mut unclassed = Vec::new();
        for file in listing(&folder) {
            let label = format!("{name}/{}", file_name(&file));
            if file.is_dir() {
                left.push(format!("{label}/ (a program of several files)"));
                continue;
            }
            if file_name(&file).contains(".bad.") {
                left.push(format!(
                    "{label} (a `.bad.` file: a tool's self-test, meant to fail its folder)"
                ));
                continue;
            }
            let source = match tree.resolve(&file) {
                Ok(source) => source,
                Err(e) => {
                    left.push(format!("{label} ({})", e.message));
                    continue;
                }
            };
            let kind = match expected.kind_of(&label, &source).or(own.map(Ok)) {
                Some(Ok(kind)) => kind,
                Some(Err(why)) => {
                    left.push(format!("{label} ({why})"));
                    continue;
                }
                None => {
                    unclassed.push(file_name(&file));
                    continue;
                }
            };
            match submission_name(&file, languages) {
                Ok(named) => out.push((kind, named, source)),
                Err(why) => left.push(format!("{label} ({why})")),
            }
        }
        if !unclassed.is_empty() {
            left.push(format!(
                "submissions/{name}/ ({}: grind check has no such class)",
                unclassed.join(", ")
            ));
        }
    }
    if !left.is_empty() {
        notes.push(format!("not copied: {}", left.join("; ")));
    }
    Ok(out)
}

/// A folder's entries in name order, hidden ones (`.gitkeep`) left out.
fn listing(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|f| !file_name(f).starts_with('.'));
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// The file name a submission gets in grind: its own, with the extensions other
/// judges use for a language grind knows by another (`.c++`, `.py3`) made grind's.
fn submission_name(
    file: &Path,
    languages: &crate::language::Languages,
) -> std::result::Result<String, String> {
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let renamed = match ext {
        "c++" => file.with_extension("cpp"),
        "py3" => file.with_extension("py"),
        "py2" => return Err("Python 2: grind runs Python 3".into()),
        _ => file.to_path_buf(),
    };
    match languages.for_file(&renamed, None) {
        Ok(_) => Ok(file_name(&renamed)),
        Err(_) if ext.is_empty() => Err("no extension to tell its language".into()),
        Err(_) => Err(format!("grind builds no .{ext} files")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(yaml: &str) -> Value {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn default_validator_flags_become_builtin_checkers() {
        let dir = tempfile::tempdir().unwrap();
        let checker = |yaml: &str| {
            let meta = meta(yaml);
            let args = validator_args(&meta, dir.path(), &mut vec![]).unwrap();
            match checking(&meta, dir.path(), args, &Tree::of(dir.path()), &mut vec![]).unwrap() {
                Checking::Builtin(v) => serde_yaml::to_string(&v).unwrap(),
                Checking::Validator { .. } => panic!("a built-in checker"),
            }
        };
        assert_eq!(checker("name: x"), "case-insensitive\n");
        assert_eq!(checker("validator_flags: case_sensitive"), "tokens\n");
        assert_eq!(
            checker("validator_flags: case_sensitive space_change_sensitive"),
            "exact\n"
        );
        assert_eq!(
            checker("validator_flags: float_tolerance 1e-4"),
            "float:\n  abs: 0.0001\n  rel: 0.0001\n"
        );
        assert_eq!(
            checker("validator_flags: float_absolute_tolerance 0.5"),
            "float:\n  abs: 0.5\n  rel: 0.0\n"
        );
    }

    #[test]
    fn the_time_limit_comes_from_yaml_then_timelimit_then_domjudge_ini() {
        let dir = tempfile::tempdir().unwrap();
        let ms = |yaml: &str| time_limit(&meta(yaml), dir.path()).map(|d| d.as_millis());
        assert_eq!(ms("name: x"), None);
        std::fs::write(dir.path().join("domjudge-problem.ini"), "timelimit='2.5'\n").unwrap();
        assert_eq!(ms("name: x"), Some(2500));
        std::fs::write(dir.path().join(".timelimit"), "3\n").unwrap();
        assert_eq!(ms("name: x"), Some(3000));
        assert_eq!(ms("limits: {time_limit: 1.5}"), Some(1500));
    }

    #[test]
    fn latex_becomes_markdown() {
        let md = latex_to_markdown(
            "\\begin{problem}{Sum}{standard input}{standard output}{1 second}\n% a comment\nAdd \\emph{two} numbers, 50\\% of the time~$a+b$.\n\\section*{Input}\n\\begin{itemize}\n\\item \\texttt{a} and \\textbf{b}\n\\end{itemize}\n\\end{problem}\n",
        );
        assert_eq!(
            md,
            "Add *two* numbers, 50% of the time $a+b$.\n## Input\n- `a` and **b**\n"
        );
    }
}
