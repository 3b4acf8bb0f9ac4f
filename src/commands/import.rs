//! `grind import`: one problem from a path, or each one Competitive Companion sends.

use super::Status;
use crate::cli::ImportArgs;
use crate::error::{Error, Result};
use crate::import::{self, Imported, Options};
use crate::report::Look;
use crate::units::{parse_duration, parse_size};
use std::io::Write;

pub fn run(args: ImportArgs, look: &Look) -> Result<Status> {
    let flag = |name: &str, msg: String| Error::new(format!("invalid {name}: {msg}"));
    let time = args
        .time_limit
        .as_deref()
        .map(parse_duration)
        .transpose()
        .map_err(|m| flag("--time-limit", m))?;
    let memory_mib = args
        .memory_limit
        .as_deref()
        .map(parse_size)
        .transpose()
        .map_err(|m| flag("--memory-limit", m))?
        .map(|bytes| bytes.div_ceil(1 << 20));
    let options = Options {
        id: args.id,
        into: args.into.unwrap_or_else(crate::paths::own_problems),
        difficulty: args.difficulty,
        time,
        memory_mib,
        force: args.force,
    };
    match (args.listen, args.path) {
        (Some(port), _) => {
            if args.format != import::Format::Companion {
                return Err(
                    Error::new("--listen receives Competitive Companion's problems")
                        .help("grind import companion --listen PORT"),
                );
            }
            import::listen(
                port,
                &options,
                &mut |port| {
                    println!(
                        "listening on 127.0.0.1:{port}: add {port} to Competitive Companion's custom ports, then click its icon on a problem page; Ctrl-C stops"
                    );
                    let _ = std::io::stdout().flush();
                },
                &mut |result| {
                    match result {
                        Ok(done) => print(&done, look),
                        Err(e) => eprint!("{}", crate::error::render(&e, look.color)),
                    }
                    let _ = std::io::stdout().flush();
                },
            )?;
            Ok(Status::Ok)
        }
        (None, Some(path)) => match import::packages(args.format, &path) {
            None => {
                print(&import::import(args.format, &path, &options)?, look);
                Ok(Status::Ok)
            }
            Some(packages) => {
                if options.id.is_some() {
                    return Err(Error::new(format!(
                        "{} holds {} packages; --id names one problem",
                        path.display(),
                        packages.len()
                    ))
                    .help("import them without --id, or give one package's folder"));
                }
                // Each package on its own: one that fails is reported, the others land.
                let mut failed = 0;
                for package in &packages {
                    match import::import(args.format, package, &options) {
                        Ok(done) => print(&done, look),
                        Err(e) => {
                            failed += 1;
                            eprint!("{}", crate::error::render(&e, look.color));
                        }
                    }
                }
                if failed > 0 {
                    return Err(Error::new(format!(
                        "{failed} of {} packages in {} were not imported (above)",
                        packages.len(),
                        path.display()
                    )));
                }
                Ok(Status::Ok)
            }
        },
        (None, None) => unreachable!("clap requires PATH without --listen"),
    }
}

fn print(done: &Imported, look: &Look) {
    println!(
        "imported {} into {}: {} sample(s), {} hidden test(s), {} solution(s)",
        look.bold(&done.id),
        done.dir.display(),
        done.samples,
        done.tests,
        done.solutions
    );
    for note in &done.notes {
        println!("  {}", look.dim(&format!("note: {note}")));
    }
    println!(
        "  next: grind new {id} --lang cpp, then grind test {id}",
        id = done.id
    );
}
