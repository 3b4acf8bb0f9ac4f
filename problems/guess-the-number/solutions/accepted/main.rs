use std::io::{self, BufRead, Write};

// Binary search: [lo, hi] always holds the hidden number; each query drops mid and
// the wrong half, so at most bit_length(n) queries are asked.
fn main() {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut line = String::new();
    if input.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let n: i64 = line.trim().parse().expect("n");
    let (mut lo, mut hi) = (1i64, n);
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        writeln!(out, "? {}", mid).unwrap();
        out.flush().unwrap(); // stdout is line-buffered only on a terminal
        line.clear();
        if input.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        match line.trim() {
            "=" => {
                writeln!(out, "! {}", mid).unwrap();
                out.flush().unwrap();
                return;
            }
            ">" => lo = mid + 1,
            _ => hi = mid - 1,
        }
    }
}
