//! Languages: how each is compiled and run (harness/languages.yaml plus the user's
//! override), which one a file is, and whether its toolchain is installed.

use crate::error::{Error, Result, suggest};
use crate::paths;
use crate::units::{Dur, Size};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    #[serde(skip)]
    pub id: String,
    pub name: String,
    pub extensions: Vec<String>,
    /// Other names `--lang` accepts (`c++`, `py`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// How a line comment starts, for the stubs grind writes.
    #[serde(default = "slashes")]
    pub comment: String,
    /// Which languages' accepted solutions make generated answers first: the lowest
    /// rank (fastest start) wins; unranked languages come last.
    #[serde(default)]
    pub speed_rank: Option<u32>,
    /// The source file's name in the build folder; may use `{class}`.
    pub source: String,
    #[serde(default)]
    pub version: Option<Vec<String>>,
    /// A command printing the real path of the language's main program (the first word
    /// of `compile`, or of `run` when nothing is compiled), e.g. behind a pyenv shim.
    #[serde(default)]
    pub resolve: Option<Vec<String>>,
    #[serde(default)]
    pub compile: Option<Vec<String>>,
    pub run: Vec<String>,
    #[serde(default = "one")]
    pub time_multiplier: f64,
    #[serde(default)]
    pub data_grace: Option<Size>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    #[serde(default)]
    pub read_paths: Vec<String>,
    #[serde(default)]
    pub write_paths: Vec<String>,
    #[serde(default)]
    pub compile_time: Option<Dur>,
    #[serde(default)]
    pub install: Option<String>,
    /// How function-signature solutions are built, where it differs.
    #[serde(default)]
    pub signature: Option<SignatureBuild>,
    /// A header to precompile once and use for every program that includes it (C++'s
    /// `bits/stdc++.h`): see `compile::pch`.
    #[serde(default)]
    pub precompiled_header: Option<String>,
}

/// `signature:` of a language: which driver of harness/drivers/ it uses (default: its
/// own id) and the commands that replace `compile`/`run` for signature builds, where
/// `{solution}` is the candidate's file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureBuild {
    #[serde(default)]
    pub driver: Option<String>,
    #[serde(default)]
    pub compile: Option<Vec<String>>,
    #[serde(default)]
    pub run: Option<Vec<String>>,
}

fn slashes() -> String {
    "//".into()
}

fn one() -> f64 {
    1.0
}

/// All known languages, sorted by id.
#[derive(Debug, Clone)]
pub struct Languages {
    list: Vec<Language>,
}

impl Languages {
    /// The bundled definitions, with the user's file applied on top.
    pub fn load() -> Result<Languages> {
        let bundled = paths::harness().join("languages.yaml");
        let mut map: BTreeMap<String, Language> = crate::yaml::load(&bundled, "languages.yaml")?;
        let user = paths::config().join("languages.yaml");
        if user.exists() {
            let extra: BTreeMap<String, Language> = crate::yaml::load(&user, "languages.yaml")?;
            map.extend(extra);
        }
        let list = map
            .into_iter()
            .map(|(id, mut lang)| {
                lang.id = id;
                lang
            })
            .collect();
        Ok(Languages { list })
    }

    pub fn all(&self) -> &[Language] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Result<&Language> {
        let id = id.to_ascii_lowercase();
        // An id beats another language's alias of the same spelling.
        let found = self
            .list
            .iter()
            .find(|l| l.id == id)
            .or_else(|| self.list.iter().find(|l| l.aliases.contains(&id)));
        found.ok_or_else(|| {
            let ids: Vec<&str> = self.list.iter().map(|l| l.id.as_str()).collect();
            let mut err = Error::new(format!("unknown language `{id}`"));
            err = match suggest(&id, ids.iter().copied()) {
                Some(s) => err.help(format!(
                    "did you mean `{s}`? known languages: {}",
                    ids.join(", ")
                )),
                None => err.help(format!("known languages: {}", ids.join(", "))),
            };
            err
        })
    }

    /// The language of `file`, from `--lang` when given, else from its extension.
    pub fn for_file(&self, file: &Path, lang: Option<&str>) -> Result<&Language> {
        if let Some(id) = lang {
            return self.get(id);
        }
        let ext = file
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        self.list
            .iter()
            .find(|l| l.extensions.contains(&ext))
            .ok_or_else(|| {
                let known: Vec<String> = self
                    .list
                    .iter()
                    .flat_map(|l| l.extensions.iter().map(|e| format!(".{e}")))
                    .collect();
                Error::new(format!(
                    "cannot tell the language of {} from its extension",
                    file.display()
                ))
                .help(format!("use one of {} or pass --lang", known.join(" ")))
            })
    }
}

/// A language whose programs were found: absolute commands and what they may read.
#[derive(Debug, Clone)]
pub struct Toolchain {
    pub compile: Option<Vec<String>>,
    pub run: Vec<String>,
    /// Folders holding the compiler/interpreter and its libraries.
    pub read_paths: Vec<PathBuf>,
    /// First line of the version command, or "" when none is configured.
    pub version: String,
}

impl Language {
    /// The id of the function-signature driver this language uses.
    pub fn driver(&self) -> &str {
        self.signature
            .as_ref()
            .and_then(|s| s.driver.as_deref())
            .unwrap_or(&self.id)
    }

    /// The language with its signature-build commands in place.
    pub fn for_signature(&self) -> Language {
        let mut lang = self.clone();
        if let Some(s) = &self.signature {
            if let Some(compile) = &s.compile {
                lang.compile = Some(compile.clone());
            }
            if let Some(run) = &s.run {
                lang.run = run.clone();
            }
        }
        lang
    }

    /// Finds the programs this language needs, or says which is missing and how to
    /// install it.
    pub fn toolchain(&self) -> Result<Toolchain> {
        let resolved = self.resolve_interpreter();
        let mut read_paths = Vec::new();
        let mut find = |cmd: &[String]| -> Result<Vec<String>> {
            let program = &cmd[0];
            if program.starts_with('{') {
                return Ok(cmd.to_vec());
            }
            let path = match &resolved {
                Some((name, path)) if name == program => path.clone(),
                _ => which(program).ok_or_else(|| self.missing(program))?,
            };
            let real = path.canonicalize().unwrap_or(path.clone());
            if let Some(prefix) = real.parent().and_then(Path::parent) {
                read_paths.push(prefix.to_path_buf());
            }
            let mut out = cmd.to_vec();
            out[0] = path.to_string_lossy().into_owned();
            Ok(out)
        };
        let compile = self.compile.as_deref().map(&mut find).transpose()?;
        let run = find(&self.run)?;
        read_paths.extend(self.read_paths.iter().map(|p| paths::expand_home(p)));
        let version = match &self.version {
            Some(cmd) => version_of(cmd).unwrap_or_default(),
            None => String::new(),
        };
        Ok(Toolchain {
            compile,
            run,
            read_paths,
            version,
        })
    }

    fn missing(&self, program: &str) -> Error {
        let err = Error::new(format!(
            "{} needs `{program}`, which was not found on PATH",
            self.name
        ));
        match &self.install {
            Some(how) => err.help(format!("install it: {how}")),
            None => err.help("install it, or point languages.yaml at it".to_string()),
        }
    }

    fn resolve_interpreter(&self) -> Option<(String, PathBuf)> {
        let cmd = self.resolve.as_ref()?;
        let main = self.compile.as_ref().unwrap_or(&self.run).first()?;
        let program = which(&cmd[0])?;
        let out = run_trusted(&program, &cmd[1..], Duration::from_secs(10))?;
        let path = PathBuf::from(out.lines().next()?.trim());
        (path.is_absolute() && path.is_file()).then(|| (main.clone(), path))
    }

    pub fn compile_time(&self) -> Duration {
        self.compile_time
            .map(|d| d.0)
            .unwrap_or(Duration::from_secs(30))
    }
}

/// Looks a program up on PATH.
pub fn which(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        let p = PathBuf::from(program);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| is_executable(p))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The first line a version command prints, cached by the program's path, size and
/// modification time (some, like `javac -version`, take a few hundred ms).
fn version_of(cmd: &[String]) -> Option<String> {
    let program = which(&cmd[0])?;
    let meta = program.canonicalize().ok()?.metadata().ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let key = format!(
        "{}|{}|{}|{}",
        program.display(),
        meta.len(),
        mtime,
        cmd.join(" ")
    );
    let file = paths::cache().join("versions.json");
    let mut cache: BTreeMap<String, String> = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    if let Some(v) = cache.get(&key) {
        return Some(v.clone());
    }
    let out = run_trusted(&program, &cmd[1..], Duration::from_secs(20))?;
    let version = out
        .lines()
        .find(|l| !l.trim().is_empty())?
        .trim()
        .to_string();
    cache.insert(key, version.clone());
    let _ = crate::fsutil::write_atomic(
        &file,
        &serde_json::to_vec_pretty(&cache).unwrap_or_default(),
    );
    Some(version)
}

/// Runs a trusted helper command (a version query) with a timeout; stdout then stderr.
/// It gets its own process group so a timeout kills everything it started.
fn run_trusted(program: &Path, args: &[String], timeout: Duration) -> Option<String> {
    use std::os::unix::process::CommandExt;
    use wait_timeout::ChildExt;
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .ok()?;
    // Version output is tiny, so it fits the pipe buffers while we wait.
    let status = child.wait_timeout(timeout).ok()?;
    if status.is_none() {
        // SAFETY: the child is unreaped, so its pid (= pgid) is still ours.
        unsafe { libc::kill(-(child.id() as i32), libc::SIGKILL) };
        let _ = child.wait();
        return None;
    }
    let mut text = String::new();
    for pipe in [
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read>),
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read>),
    ]
    .into_iter()
    .flatten()
    {
        let mut pipe = pipe;
        let mut s = String::new();
        let _ = pipe.read_to_string(&mut s);
        text.push_str(&s);
    }
    Some(text)
}
