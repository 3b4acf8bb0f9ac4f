//! Competitive Companion: the browser extension sends one problem as JSON (name, url,
//! limits, sample tests) by HTTP POST to a local port; saved to a file it imports too.

use super::{Case, Data, Draft, Imported, Options, slug};
use crate::error::{Error, Location, Result};
use serde::Deserialize;
use std::io::Read;
use std::net::TcpListener;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

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
    // Bound here rather than by tiny_http, so a busy port gives the OS's own reason.
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Error::new(format!("cannot listen on 127.0.0.1:{port}: {e}"))
            .help("choose another port with --listen PORT, and add it to Competitive Companion's custom ports")
    })?;
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    let server = tiny_http::Server::from_listener(listener, None)
        .map_err(|e| Error::new(format!("cannot listen on 127.0.0.1:{port}: {e}")))?;
    ready(port);
    loop {
        let request = server
            .recv()
            .map_err(|e| Error::new(format!("the listener on 127.0.0.1:{port} stopped: {e}")))?;
        match receive(request) {
            Ok(Some((request, body))) => {
                let imported = parse(&body, Path::new("<request>"))
                    .and_then(|draft| super::write(draft, options));
                // The extension (or whoever posted) hears whether it landed, and why not.
                let (status, text) = match &imported {
                    Ok(done) => (200, format!("imported {}\n", done.id)),
                    Err(e) => (422, crate::error::render(e, false)),
                };
                let _ = request
                    .respond(tiny_http::Response::from_string(text).with_status_code(status));
                on(imported)
            }
            Ok(None) => {}
            Err(e) => on(Err(e)),
        }
    }
}

/// The largest request body accepted: a problem's samples, with room to spare.
const MAX_BODY: usize = 16 << 20;

/// How long a request's body may take to arrive.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);

/// Reads one request: a POST's body is returned with the request, to be answered once
/// it is imported; anything else is answered here.
fn receive(mut request: tiny_http::Request) -> Result<Option<(tiny_http::Request, String)>> {
    let answer = |request: tiny_http::Request, status: u16| {
        let _ = request.respond(tiny_http::Response::empty(status));
    };
    if *request.method() != tiny_http::Method::Post {
        answer(request, 405);
        return Ok(None);
    }
    let too_large = |length: &str| {
        Error::new(format!(
            "a request of {length} bytes was refused (at most {MAX_BODY})"
        ))
    };
    if let Some(length) = request.body_length()
        && length > MAX_BODY
    {
        answer(request, 413);
        return Err(too_large(&length.to_string()));
    }
    // tiny_http sets no read timeout on its sockets: the body is read on a thread of its
    // own, so a client that stops sending holds that thread, never the listener.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut body = Vec::new();
        let read = request
            .as_reader()
            .take(MAX_BODY as u64 + 1)
            .read_to_end(&mut body);
        let result = match read {
            Err(e) => Err(Error::new(format!("a broken request: {e}"))),
            // A chunked body says no length up front.
            Ok(_) if body.len() > MAX_BODY => {
                answer(request, 413);
                Err(too_large(&format!("more than {MAX_BODY}")))
            }
            Ok(_) => match String::from_utf8(body) {
                Ok(text) => Ok((request, text)),
                Err(_) => {
                    answer(request, 400);
                    Err(Error::new("a request whose body is not UTF-8 was ignored"))
                }
            },
        };
        let _ = tx.send(result);
    });
    match rx.recv_timeout(BODY_TIMEOUT) {
        Ok(result) => result.map(Some),
        Err(_) => Err(Error::new(format!(
            "a request whose body did not arrive within {} s was dropped",
            BODY_TIMEOUT.as_secs()
        ))),
    }
}
