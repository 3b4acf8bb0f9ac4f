//! Competitive Companion: the browser extension sends one problem as JSON (name, url,
//! limits, sample tests) by HTTP POST to a local port; saved to a file it imports too.

use super::{Case, Data, Draft, Imported, Options, slug};
use crate::error::{Error, Location, Result};
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Problem {
    name: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    interactive: bool,
    /// MiB
    memory_limit: Option<f64>,
    /// milliseconds
    time_limit: Option<f64>,
    tests: Vec<Test>,
    input: Option<Stream>,
    output: Option<Stream>,
}

#[derive(Deserialize)]
struct Test {
    input: String,
    output: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Stream {
    #[serde(rename = "type")]
    kind: String,
    file_name: Option<String>,
}

pub(super) fn read(path: &Path) -> Result<Draft> {
    let (text, shown) = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::new(format!("could not read stdin: {e}")))?;
        (text, Path::new("<stdin>"))
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))?;
        (text, path)
    };
    parse(&text, shown)
}

fn parse(text: &str, shown: &Path) -> Result<Draft> {
    let problem: Problem = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        Error::new(format!("not Competitive Companion's JSON: {message}"))
            .at(Location::new(shown, e.line(), e.column(), Some(text)))
            .help(
                "export one problem from Competitive Companion, or use --listen PORT to receive it",
            )
    })?;
    if problem.interactive {
        return Err(Error::new(format!(
            "`{}` is interactive; grind judges programs that read a test and write an answer",
            problem.name
        ))
        .help("practise it on the judge's site"));
    }
    if problem.tests.is_empty() {
        return Err(
            Error::new(format!("`{}` comes with no tests", problem.name))
                .help("the extension found no samples on the page; add them to the JSON by hand"),
        );
    }
    let mut draft = Draft::new(slug(&problem.name), problem.name.clone());
    let place = if problem.url.is_empty() {
        "the judge's site".to_string()
    } else {
        format!("<{}>", problem.url)
    };
    draft.statement = format!(
        "# {}\n\n{}\n\nThe statement is on {place}. Imported from Competitive Companion: the tests are the page's samples, the judge's hidden tests are not part of it.\n",
        problem.name, problem.group
    );
    draft.source = Some(if problem.url.is_empty() {
        problem.group.clone()
    } else {
        problem.url.clone()
    })
    .filter(|s| !s.is_empty());
    draft.time = problem
        .time_limit
        .filter(|ms| *ms > 0.0)
        .map(|ms| std::time::Duration::from_millis(ms.round() as u64));
    draft.memory_mib = problem
        .memory_limit
        .filter(|m| *m > 0.0)
        .map(|m| m.round() as u64);
    for (kind, stream) in [("input", &problem.input), ("output", &problem.output)] {
        if let Some(s) = stream
            && s.kind == "file"
        {
            draft.notes.push(format!(
                "the judge uses the file {} for {kind}; grind uses standard {kind}",
                s.file_name.as_deref().unwrap_or("?")
            ));
        }
    }
    draft.samples = problem
        .tests
        .into_iter()
        .enumerate()
        .map(|(i, t)| Case {
            name: format!("sample-{}", i + 1),
            input: Data::Bytes(t.input.into_bytes()),
            answer: Data::Bytes(t.output.into_bytes()),
        })
        .collect();
    Ok(draft)
}

/// Receives problems from Competitive Companion on 127.0.0.1:`port` until interrupted,
/// importing each; `on` hears of every import, failed ones included.
pub fn listen(
    port: u16,
    options: &Options,
    ready: &mut dyn FnMut(u16),
    on: &mut dyn FnMut(Result<Imported>),
) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Error::new(format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .help("choose another port with --listen PORT, and add it to Competitive Companion's custom ports")
    })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    ready(port);
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        match receive(stream) {
            Ok(Some(body)) => {
                on(parse(&body, Path::new("<request>"))
                    .and_then(|draft| super::write(draft, options)))
            }
            Ok(None) => {}
            Err(e) => on(Err(e)),
        }
    }
    Ok(())
}

/// The largest request body accepted: a problem's samples, with room to spare.
const MAX_BODY: usize = 16 << 20;

/// Reads one HTTP request and answers it; a POST's body is returned.
fn receive(stream: TcpStream) -> Result<Option<String>> {
    let broken = |e: std::io::Error| Error::new(format!("a broken request: {e}"));
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .map_err(broken)?;
    let mut reader = BufReader::new(stream.try_clone().map_err(broken)?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).map_err(broken)?;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).map_err(broken)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut stream = stream;
    let answer = |stream: &mut TcpStream, status: &str| {
        let _ = stream.write_all(
            format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        );
    };
    if !request_line.starts_with("POST ") {
        answer(&mut stream, "405 Method Not Allowed");
        return Ok(None);
    }
    if length > MAX_BODY {
        answer(&mut stream, "413 Payload Too Large");
        return Err(Error::new(format!(
            "a request of {length} bytes was refused (at most {MAX_BODY})"
        )));
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).map_err(broken)?;
    answer(&mut stream, "200 OK");
    String::from_utf8(body)
        .map(Some)
        .map_err(|_| Error::new("a request whose body is not UTF-8 was ignored"))
}
