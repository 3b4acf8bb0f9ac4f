//! `grind doctor`: sandbox layers, toolchains and paths.

use super::Status;
use crate::error::Result;
use crate::language::Languages;
use crate::paths;
use crate::report::Look;
use crate::sandbox::Spawner;

pub fn run(look: &Look) -> Result<Status> {
    let mut spawner = Spawner::start()?;
    let layers = spawner.layers()?;
    println!("{}", look.bold("sandbox"));
    println!("  {}", layers.summary());
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        println!(
            "  {}",
            look.dim("running as root: process-count limits do not apply to root")
        );
    }
    println!("{}", look.bold("toolchains"));
    let languages = Languages::load()?;
    for lang in languages.all() {
        match lang.toolchain() {
            Ok(t) => {
                let program = t.compile.as_ref().unwrap_or(&t.run)[0].clone();
                println!("  {:<11} {}  {}", lang.id, t.version, look.dim(&program));
            }
            Err(e) => println!(
                "  {:<11} {}",
                lang.id,
                look.dim(&format!("missing: {}", e.message))
            ),
        }
    }
    println!("{}", look.bold("memory"));
    println!(
        "  measured  peak resident memory plus page tables of each process (/proc VmHWM, VmPTE), polled every 10 ms; no cgroup is used"
    );
    let (backed, free): (Vec<_>, Vec<_>) =
        languages.all().iter().partition(|l| l.data_grace.is_some());
    for lang in backed {
        let grace = lang.data_grace.map_or(0, |g| g.0 / 1024);
        println!(
            "  backstop  {:<11} RLIMIT_DATA = limit + {}",
            lang.id,
            crate::units::format_kib(grace)
        );
    }
    for lang in free {
        println!(
            "  backstop  {:<11} none (the runtime reserves address space it never touches)",
            lang.id
        );
    }
    println!("{}", look.bold("paths"));
    println!("  state    {}", paths::home().display());
    println!("  cache    {}", paths::cache().display());
    let user = paths::config().join("languages.yaml");
    let note = if user.is_file() { "" } else { " (not present)" };
    println!("  config   {}{note}", user.display());
    println!("  problems {}", paths::bank().display());
    println!("  imported {}", paths::own_problems().display());
    println!("  harness  {}", paths::harness().display());
    Ok(Status::Ok)
}
