// {title} ({id}): read the input from stdin, print the answer to stdout.
use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    let _ = (&mut tokens, &mut out);
    out.flush().unwrap();
}
