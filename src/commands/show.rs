//! `grind show`: a problem rendered for the terminal.

use super::Status;
use crate::bank;
use crate::error::Result;
use crate::report::Look;
use crate::units::{format_duration, format_kib};

pub fn run(arg: &str, look: &Look) -> Result<Status> {
    let problem = bank::find(arg)?;
    let m = &problem.meta;
    println!(
        "{}  {}",
        look.bold(&m.title),
        look.dim(&format!(
            "({}, {})",
            m.difficulty.as_str(),
            m.tags.join(", ")
        ))
    );
    println!(
        "{}",
        look.dim(&format!(
            "time limit {} (× the language's multiplier) · memory {}",
            format_duration(problem.time_limit()),
            format_kib(problem.memory_limit() / 1024)
        ))
    );
    if let Some(sig) = &m.signature {
        // A class names itself ("class Counter(…); add(…) -> void").
        let what = match sig {
            crate::signature::Signature::Function(_) => "function: ",
            crate::signature::Signature::Class(_) => "",
        };
        println!(
            "{}",
            look.dim(&format!(
                "{what}{sig}  (`grind new {} --lang L` writes the stub)",
                problem.id
            ))
        );
    }
    println!();
    match problem.statement() {
        Some(text) => {
            // An imported statement is text from elsewhere: no control byte is printed.
            // Its opening heading, when it is the title printed above, is not repeated.
            let text = crate::visible::text(&text);
            let mut lines = text.lines().skip_while(|l| l.trim().is_empty()).peekable();
            if lines
                .peek()
                .and_then(|l| l.strip_prefix('#'))
                .is_some_and(|h| {
                    h.trim_start_matches('#')
                        .trim()
                        .eq_ignore_ascii_case(m.title.trim())
                })
            {
                lines.next();
                while lines.peek().is_some_and(|l| l.trim().is_empty()) {
                    lines.next();
                }
            }
            for line in lines {
                if let Some(heading) = line.strip_prefix('#') {
                    println!("{}", look.bold(heading.trim_start_matches('#').trim()));
                } else {
                    println!("{line}");
                }
            }
        }
        None => println!("{}", look.dim("(this problem has no statement.md)")),
    }
    // An interactive problem's sample is the interactor's data, not your program's input.
    let (input_label, output_label) = if m.interactor.is_some() {
        (
            "the interactor's data (your program does not read it: it talks to the interactor):",
            "the interactor's answer file:",
        )
    } else {
        ("input:", "output:")
    };
    for (i, s) in m.samples.iter().enumerate() {
        println!("\n{}", look.bold(&format!("Sample {}", i + 1)));
        println!("{}", look.dim(input_label));
        let names: Vec<String> = m
            .signature
            .as_ref()
            .map(|sig| sig.input_names())
            .filter(|names| names.len() == s.input.lines().count())
            .unwrap_or_default();
        for (i, line) in crate::visible::text(&s.input).lines().enumerate() {
            match names.get(i) {
                Some(name) => println!("  {name} = {line}"),
                None => println!("  {line}"),
            }
        }
        if m.interactor.is_none() || !s.output.trim().is_empty() {
            println!("{}", look.dim(output_label));
            for line in crate::visible::text(&s.output).lines() {
                println!("  {line}");
            }
        }
        if let Some(e) = &s.explanation {
            println!("{} {e}", look.dim("why:"));
        }
    }
    if !m.hints.is_empty() {
        println!(
            "\n{}",
            look.dim(&format!("{} hint(s) available.", m.hints.len()))
        );
    }
    Ok(Status::Ok)
}
