//! Links inside a package: real symbolic links, and the small text files git writes in
//! their place when a checkout does not make links (the target path is the whole
//! content, with no newline). Packages link shared tests, submissions and headers
//! (`validation.h`); grind follows a link of either kind while its target stays inside
//! the repository the package came from, and refuses one that leaves it or names
//! nothing, saying which.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Links followed one after another before giving up (as the kernel's ELOOP).
const MAX_HOPS: usize = 40;
/// A git link file is a path, never longer than this.
const MAX_LINK_BYTES: u64 = 4096;

/// The repository a package came from: the nearest folder above it that holds `.git`,
/// or else the package itself.
pub struct Tree {
    root: PathBuf,
}

impl Tree {
    /// `package` must be canonical.
    pub fn of(package: &Path) -> Tree {
        let root = package
            .ancestors()
            .find(|dir| dir.join(".git").exists())
            .unwrap_or(package)
            .to_path_buf();
        Tree { root }
    }

    /// No bound: for a user's own folder.
    pub fn anywhere() -> Tree {
        Tree { root: "/".into() }
    }

    /// The file `path` stands for: itself, or the file its links lead to.
    pub fn resolve(&self, path: &Path) -> Result<PathBuf> {
        let mut at = path.to_path_buf();
        for _ in 0..MAX_HOPS {
            let target = match std::fs::read_link(&at) {
                Ok(target) => target,
                Err(_) => match git_link(&at) {
                    Some(target) => target,
                    None => return Ok(at),
                },
            };
            let next = at.parent().unwrap_or(Path::new("")).join(&target);
            let canonical = next.canonicalize().ok().filter(|p| p.is_file());
            at = match canonical {
                Some(file) if file.starts_with(&self.root) => file,
                found => {
                    let why = if found.is_some() {
                        format!("outside {}", self.root.display())
                    } else {
                        "which does not exist".to_string()
                    };
                    return Err(Error::new(format!(
                        "{} is a link to {} {why}",
                        path.display(),
                        target.display()
                    ))
                    .help("import from a checkout of the whole repository the package came from, or put the file itself in the link's place"));
                }
            };
            // A git link file names a path that may be one itself.
        }
        Err(Error::new(format!(
            "{} is a chain of more than {MAX_HOPS} links",
            path.display()
        ))
        .help("put the file itself in the link's place"))
    }
}

/// The target a git link file names: a short one-line relative path with no newline
/// that names an existing file (or starts `../` or `./`, so it is meant as one).
fn git_link(path: &Path) -> Option<PathBuf> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() == 0 || meta.len() > MAX_LINK_BYTES {
        return None;
    }
    let text = String::from_utf8(std::fs::read(path).ok()?).ok()?;
    if text.chars().any(char::is_control) || text.starts_with('/') {
        return None;
    }
    let target = PathBuf::from(&text);
    let exists = path.parent()?.join(&target).is_file();
    (exists || text.starts_with("../") || text.starts_with("./")).then_some(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let package = dir.path().canonicalize().unwrap().join("repo/pkg");
        std::fs::create_dir_all(package.join("data/a")).unwrap();
        std::fs::create_dir_all(package.join("data/b")).unwrap();
        std::fs::create_dir(dir.path().join("repo/.git")).unwrap();
        std::fs::write(package.join("data/a/1.in"), "3\n1 2 3\n").unwrap();
        (dir, package)
    }

    #[test]
    fn git_link_files_and_real_links_lead_to_their_target() {
        let (_dir, package) = tree();
        let tree = Tree::of(&package);
        let target = package.join("data/a/1.in");
        std::fs::write(package.join("data/b/1.in"), "../a/1.in").unwrap();
        std::os::unix::fs::symlink("../a/1.in", package.join("data/b/2.in")).unwrap();
        // A chain: a git link to a git link.
        std::fs::write(package.join("data/b/3.in"), "1.in").unwrap();
        for name in ["1.in", "2.in", "3.in"] {
            assert_eq!(
                tree.resolve(&package.join("data/b").join(name)).unwrap(),
                target
            );
        }
        // Ordinary files, even one-line ones without a newline, are themselves.
        std::fs::write(package.join("data/b/4.in"), "5 7").unwrap();
        let plain = package.join("data/b/4.in");
        assert_eq!(tree.resolve(&plain).unwrap(), plain);
        assert_eq!(tree.resolve(&target).unwrap(), target);
    }

    #[test]
    fn a_link_out_of_the_repository_or_to_nothing_is_refused_by_name() {
        let (dir, package) = tree();
        let tree = Tree::of(&package);
        std::fs::write(dir.path().join("outside.h"), "int x;\n").unwrap();
        let out = package.join("data/b/validation.h");
        std::fs::write(&out, "../../../../outside.h").unwrap();
        let err = tree.resolve(&out).unwrap_err().to_string();
        assert!(
            err.contains("validation.h is a link to ../../../../outside.h outside"),
            "{err}"
        );
        let gone = package.join("data/b/gone.h");
        std::fs::write(&gone, "../../headers/gone.h").unwrap();
        let err = tree.resolve(&gone).unwrap_err().to_string();
        assert!(err.contains("which does not exist"), "{err}");
        std::os::unix::fs::symlink("../nothing", package.join("data/b/dangling")).unwrap();
        assert!(tree.resolve(&package.join("data/b/dangling")).is_err());
    }
}
