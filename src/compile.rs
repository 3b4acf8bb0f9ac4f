//! Building a source file into something runnable, in a fresh temporary folder, with
//! a cache keyed by the source, the language's commands and the compiler's version.

use crate::driver;
use crate::error::{Error, Result};
use crate::language::{Language, Toolchain};
use crate::paths;
use crate::sandbox::{self, Kill, Request, Spawner, Step};
use crate::signature::Signature;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Instant;

mod pch;
mod stored;

/// Compiler output beyond this is a CE of its own ("compiler output too long").
const COMPILER_OUTPUT_LIMIT: u64 = 64 * 1024;
const COMPILER_MEMORY_KIB: u64 = 2 << 20;
/// The largest file a compiler may write (a 1 GiB static array must not fill the disk).
const COMPILER_FILE_BYTES: u64 = 256 << 20;

/// A runnable build in the cache.
#[derive(Debug, Clone)]
pub struct Build {
    pub dir: PathBuf,
    pub language: Language,
    pub toolchain: Toolchain,
    pub source_name: String,
    pub class: String,
    pub cached: bool,
    pub wall_ms: u64,
    /// The user's file name, shown instead of the build folder's copy in messages.
    pub label: String,
    /// The user's code in the build folder: the source, or for a function-signature
    /// build the file the driver joins.
    pub solution_name: String,
    /// Set for function-signature builds: the driver reads this signature's input.
    pub signature: Option<Signature>,
}

#[derive(Debug, Clone)]
pub enum Compiled {
    Ok(Box<Build>),
    /// A compile error: the compiler's message (with paths pointing at the user's file).
    Failed {
        message: String,
        wall_ms: u64,
    },
}

impl Build {
    /// The run command with placeholders filled in.
    pub fn run_argv(&self, memory_mib: u64) -> Vec<String> {
        self.toolchain
            .run
            .iter()
            .map(|a| self.fill(a, memory_mib))
            .collect()
    }

    fn fill(&self, arg: &str, memory_mib: u64) -> String {
        self.names().fill(arg, &self.dir, memory_mib)
    }

    fn names(&self) -> Names<'_> {
        Names {
            src: &self.source_name,
            solution: &self.solution_name,
            class: &self.class,
        }
    }

    /// Environment of a run: a minimal, predictable one, plus the language's.
    pub fn env(&self, home: &Path) -> Vec<(String, String)> {
        let mut env = base_env(home);
        for (k, v) in &self.language.env {
            env.push((k.clone(), self.fill(v, 0)));
        }
        env
    }

    /// Rewrites paths into the build folder (in a traceback, a panic, a message that
    /// names the copy as rustc does, "main.rs:12:5") to the user's file.
    pub fn tidy(&self, text: &[u8]) -> Vec<u8> {
        let full = self.dir.join(&self.solution_name);
        let text = String::from_utf8_lossy(text)
            .replace(&*full.to_string_lossy(), &self.label)
            .replace(&format!("{}/", self.dir.display()), "")
            .replace(&format!("./{}", self.solution_name), &self.label);
        // "main.rs:12:5" as rustc names the copy, Java's "(Solution.java:7)".
        text.replace(
            &format!("{}:", self.solution_name),
            &format!("{}:", self.label),
        )
        .into_bytes()
    }

    /// Whether the build's files in the cache are still the ones built.
    pub fn is_intact(&self) -> bool {
        stored::is_whole(&self.dir)
    }

    /// Folders the run may read: the build and the toolchain.
    pub fn read_paths(&self) -> Vec<PathBuf> {
        let mut paths = self.toolchain.read_paths.clone();
        paths.push(self.dir.clone());
        paths
    }
}

/// The file names a command's placeholders stand for.
struct Names<'a> {
    src: &'a str,
    solution: &'a str,
    class: &'a str,
}

impl Names<'_> {
    fn fill(&self, arg: &str, dir: &Path, memory_mib: u64) -> String {
        let cache = paths::cache();
        arg.replace("{exe}", &dir.join("main").to_string_lossy())
            .replace("{dir}", &dir.to_string_lossy())
            .replace("{src}", self.src)
            .replace("{solution}", self.solution)
            .replace("{class}", self.class)
            .replace("{memory_mib}", &memory_mib.to_string())
            .replace("{cache}", &cache.to_string_lossy())
    }
}

fn base_env(home: &Path) -> Vec<(String, String)> {
    let home = home.to_string_lossy().into_owned();
    vec![
        ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
        ("HOME".into(), home.clone()),
        ("TMPDIR".into(), home),
        ("LANG".into(), "C.UTF-8".into()),
        ("LC_ALL".into(), "C.UTF-8".into()),
        ("ONLINE_JUDGE".into(), "1".into()),
    ]
}

/// Java's main class: the public class, which the file must be named after, or else
/// the class that declares `main`, or else `Main`. Comments and literals are not code.
fn java_class(source: &str) -> String {
    let code = java_code(source);
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut declaring = None;
    let mut class = None;
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "class" | "record" | "enum" | "interface") {
            class = words.get(i + 1).copied();
        }
        if *w == "main" && i >= 2 && words[i - 1] == "void" && words[..i].contains(&"static") {
            declaring = declaring.or(class);
        }
    }
    for (i, w) in words.iter().enumerate() {
        if *w == "public" {
            let mut j = i + 1;
            while j < words.len()
                && matches!(words[j], "final" | "abstract" | "static" | "strictfp")
            {
                j += 1;
            }
            if words.get(j) == Some(&"class")
                && let Some(name) = words.get(j + 1)
            {
                return name.to_string();
            }
        }
    }
    declaring.unwrap_or("Main").to_string()
}

/// Java source with its comments, string, text-block and character literals blanked.
fn java_code(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                out.push(' ');
            }
            '"' | '\'' => {
                let mut escaped = false;
                for inner in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if inner == '\\' {
                        escaped = true;
                    } else if inner == c {
                        break;
                    }
                }
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out
}

/// Builds a solution: with a signature, as a function joined to the language's
/// driver, with the language's signature-build commands; otherwise as a program.
pub fn build_solution(
    spawner: &mut Spawner,
    language: &Language,
    source: &Path,
    signature: Option<&Signature>,
) -> Result<Compiled> {
    let language = match signature {
        Some(_) => language.for_signature(),
        None => language.clone(),
    };
    let toolchain = language.toolchain()?;
    build(spawner, &language, &toolchain, source, signature)
}

/// The files of one build and the names its commands' placeholders stand for.
struct Sources {
    files: Vec<(String, Vec<u8>)>,
    /// `{src}`: the entry file.
    source_name: String,
    /// `{solution}`: the user's code in the build folder.
    solution_name: String,
    /// `{class}`: Java's main class.
    class: String,
}

impl Sources {
    /// The user's code as a program, or joined to the language's driver for `signature`.
    /// `Ok(Err(message))` is a compile error for the user.
    fn of(
        language: &Language,
        signature: Option<&Signature>,
        code: Vec<u8>,
        label: &str,
    ) -> Result<std::result::Result<Sources, String>> {
        let Some(sig) = signature else {
            let class = java_class(&String::from_utf8_lossy(&code));
            let name = language.source.replace("{class}", &class);
            return Ok(Ok(Sources {
                files: vec![(name.clone(), code)],
                source_name: name.clone(),
                solution_name: name,
                class,
            }));
        };
        Ok(
            driver::join(language, sig, &String::from_utf8_lossy(&code), label)?.map(|j| Sources {
                files: j
                    .files
                    .into_iter()
                    .map(|(n, c)| (n, c.into_bytes()))
                    .collect(),
                source_name: j.source,
                solution_name: j.solution,
                class: j.class,
            }),
        )
    }

    fn names(&self) -> Names<'_> {
        Names {
            src: &self.source_name,
            solution: &self.solution_name,
            class: &self.class,
        }
    }
}

/// Builds `source` (or finds it in the cache); with a signature, as a function joined
/// to the language's driver (`language` then has its signature-build commands).
pub fn build(
    spawner: &mut Spawner,
    language: &Language,
    toolchain: &Toolchain,
    source: &Path,
    signature: Option<&Signature>,
) -> Result<Compiled> {
    let code = std::fs::read(source).map_err(|e| Error::io("read", source, e))?;
    if code.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::new(format!("{} is empty", source.display()))
            .help("write a solution first; `grind new PROBLEM` writes a template"));
    }
    let label = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sources = match Sources::of(language, signature, code, &label)? {
        Ok(sources) => sources,
        Err(message) => {
            return Ok(Compiled::Failed {
                message,
                wall_ms: 0,
            });
        }
    };
    let key = cache_key(&sources.files, language, toolchain);
    let dir = paths::cache().join("builds").join(&key);
    let make = |cached, wall_ms| {
        Compiled::Ok(Box::new(Build {
            dir: dir.clone(),
            language: language.clone(),
            toolchain: toolchain.clone(),
            source_name: sources.source_name.clone(),
            class: sources.class.clone(),
            cached,
            wall_ms,
            label: label.clone(),
            solution_name: sources.solution_name.clone(),
            signature: signature.cloned(),
        }))
    };
    if stored::is_whole(&dir) {
        return Ok(make(true, 0));
    }
    let started = Instant::now();
    let scratch = paths::cache().join("tmp");
    std::fs::create_dir_all(&scratch).map_err(|e| Error::io("create", &scratch, e))?;
    // In this process's scratch folder: what a killed grind was compiling there is
    // removed by the next grind (only publishing goes through the cache's own tmp).
    let work = crate::fsutil::temp_dir()?;
    let job = Job {
        language,
        toolchain,
        sources: &sources,
        label: &label,
        signature,
    };
    if let Some(message) = job.compile(spawner, work.path())? {
        let wall_ms = started.elapsed().as_millis() as u64;
        return Ok(Compiled::Failed { message, wall_ms });
    }
    stored::publish(work.path(), &dir, &scratch)?;
    Ok(make(false, started.elapsed().as_millis() as u64))
}

/// One compilation in a fresh folder.
struct Job<'a> {
    language: &'a Language,
    toolchain: &'a Toolchain,
    sources: &'a Sources,
    label: &'a str,
    signature: Option<&'a Signature>,
}

impl Job<'_> {
    /// Writes the sources into `box_dir` and runs the compiler there (languages without
    /// a compile step have nothing to run). `Some(message)` is a compile error.
    fn compile(&self, spawner: &mut Spawner, box_dir: &Path) -> Result<Option<String>> {
        for (name, contents) in &self.sources.files {
            std::fs::write(box_dir.join(name), contents)
                .map_err(|e| Error::io("write", box_dir, e))?;
        }
        let Some(cmd) = &self.toolchain.compile else {
            return Ok(None);
        };
        let (language, names) = (self.language, self.sources.names());
        let argv: Vec<String> = cmd.iter().map(|a| names.fill(a, box_dir, 0)).collect();
        let mut env = base_env(box_dir);
        for (k, v) in &language.env {
            env.push((k.clone(), names.fill(v, box_dir, 0)));
        }
        let mut write_paths = vec![box_dir.to_path_buf()];
        for p in &language.write_paths {
            let p = PathBuf::from(names.fill(p, box_dir, 0));
            let _ = std::fs::create_dir_all(&p);
            write_paths.push(p);
        }
        let time = language.compile_time();
        let mut argv = argv;
        let mut read_paths = self.toolchain.read_paths.clone();
        // A program (not a function joined after a driver's own includes) that includes
        // the language's precompiled header gets its folder first on the include path.
        if self.signature.is_none()
            && let Some(code) = self.sources.files.first().map(|(_, c)| c)
            && let Some(dir) = pch::folder_for(spawner, language, self.toolchain, code)
        {
            argv.insert(1, format!("-I{}", dir.display()));
            read_paths.push(dir);
        }
        let request = compile_request(argv, env, box_dir, read_paths, write_paths, time);
        let outcome = spawner.run(&request)?;
        if let Some(err) = &outcome.spawn_error {
            return Err(Error::internal(format!(
                "could not start the compiler: {err}"
            )));
        }
        let Some(reason) = failure(&outcome, time) else {
            return Ok(None);
        };
        let mut text = String::from_utf8_lossy(outcome.stdout.head()).into_owned();
        text.push_str(&String::from_utf8_lossy(&outcome.stderr));
        // Point messages at the user's file, not the build folder's copy.
        let solution_name = &self.sources.solution_name;
        let text = text
            .replace(&format!("{}/", box_dir.display()), "")
            .replace(&format!("./{solution_name}"), self.label)
            .replace(solution_name.as_str(), self.label);
        let mut message = if text.trim().is_empty() {
            reason
        } else {
            format!("{reason}\n{}", truncate(&text, 16 * 1024))
        };
        if let Some(note) = self
            .signature
            .and_then(|s| driver::driver_note(language, s, &text))
        {
            message = format!("{message}\n{note}");
        }
        Ok(Some(message))
    }
}

/// A compile-step request: the compiler's limits, in `box_dir`.
fn compile_request(
    argv: Vec<String>,
    env: Vec<(String, String)>,
    box_dir: &Path,
    read_paths: Vec<PathBuf>,
    write_paths: Vec<PathBuf>,
    time: std::time::Duration,
) -> Request {
    Request {
        argv,
        env,
        cwd: box_dir.to_path_buf(),
        stdin: None,
        result: None,
        limits: sandbox::Limits {
            cpu_ms: time.as_millis() as u64,
            wall_ms: time.as_millis() as u64,
            memory_kib: COMPILER_MEMORY_KIB,
            output_bytes: COMPILER_OUTPUT_LIMIT,
            file_bytes: COMPILER_FILE_BYTES,
            data_bytes: None,
        },
        step: Step::Compile,
        read_paths,
        write_paths,
        hide: vec![],
        pipes: None,
    }
}

/// Why a compilation failed, or `None` when it succeeded.
fn failure(outcome: &sandbox::Outcome, time: std::time::Duration) -> Option<String> {
    match (outcome.killed, outcome.signal, outcome.exit_code) {
        (Some(Kill::Wall | Kill::Cpu), _, _) => {
            Some(format!("compilation took longer than {} s", time.as_secs()))
        }
        (Some(Kill::Memory), _, _) => Some(format!(
            "the compiler used more than {} MiB",
            COMPILER_MEMORY_KIB / 1024
        )),
        (Some(Kill::Output), _, _) => Some(format!(
            "compiler output too long (over {} KiB)",
            COMPILER_OUTPUT_LIMIT / 1024
        )),
        (Some(Kill::Threads), _, _) => Some(format!(
            "the compiler ran more than {} threads at once",
            sandbox::MAX_THREADS
        )),
        (_, Some(libc::SIGXFSZ), _) => Some(format!(
            "the compiled program is larger than {} MiB",
            COMPILER_FILE_BYTES >> 20
        )),
        (_, Some(sig), _) => Some(format!(
            "the compiler was killed by {}",
            sandbox::signal_name(sig)
        )),
        (_, _, Some(0)) => None,
        (_, _, code) => Some(format!(
            "the compiler exited with code {}",
            code.unwrap_or(-1)
        )),
    }
}

fn cache_key(files: &[(String, Vec<u8>)], language: &Language, toolchain: &Toolchain) -> String {
    let mut h = Sha256::new();
    for (name, contents) in files {
        h.update(name.as_bytes());
        h.update([0]);
        h.update((contents.len() as u64).to_le_bytes());
        h.update(contents);
    }
    for part in [&language.id, &toolchain.version] {
        h.update([0]);
        h.update(part.as_bytes());
    }
    for cmd in toolchain.compile.iter().chain([&toolchain.run]) {
        h.update([1]);
        h.update(cmd.join("\0").as_bytes());
    }
    for (k, v) in &language.env {
        h.update(format!("\0{k}={v}").as_bytes());
    }
    let digest = h.finalize();
    format!("{}-{}", language.id, hex::encode(&digest[..12]))
}

/// Keeps the start of a long text, cut at a line end.
pub fn truncate(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind('\n').unwrap_or(end);
    format!("{}\n… ({} more bytes)", &text[..cut], text.len() - cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_public_class() {
        assert_eq!(
            java_class("import x;\npublic final class Solver {}"),
            "Solver"
        );
        assert_eq!(java_class("class A {} public class B {}"), "B");
        assert_eq!(java_class("class Main {}"), "Main");
        // Words in comments and strings are not declarations.
        assert_eq!(
            java_class(
                "// the public class names the file\nclass Main { String s = \"public class X\"; }"
            ),
            "Main"
        );
        assert_eq!(
            java_class(
                "/* public class Y */ public class Z { public static void main(String[] a) {} }"
            ),
            "Z"
        );
        // No public class: the one that declares main.
        assert_eq!(
            java_class(
                "class Helper {}\nclass Solver {\n    public static void main(String[] args) {}\n}"
            ),
            "Solver"
        );
    }
}
