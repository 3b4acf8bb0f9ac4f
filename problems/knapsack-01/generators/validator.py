"""Input validator for knapsack-01.

Reads one test on stdin and checks it strictly: a first line "n W" with
1 <= n <= 1000, 1 <= W <= 100000 and n * W <= 10^7, then exactly n lines
"w v" with 1 <= w <= 100000 and 1 <= v <= 2^30. Exits 0 when valid, else
prints what is wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    """The input's lines, after checking it is ASCII text ending with one newline."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII text")
    if not text:
        fail("the input is empty")
    if not text.endswith("\n"):
        fail("the last line does not end with a newline")
    if "\r" in text:
        fail("the input contains a carriage return (\\r)")
    return text[:-1].split("\n")


def line_count(lines, want):
    if len(lines) != want:
        fail(f"expected {want} line{'s' if want != 1 else ''}, found {len(lines)}")


def tokens(lines, i, count=None, what="tokens"):
    """The tokens of line i (0-based), separated by single spaces."""
    line = lines[i]
    if line == "":
        fail(f"line {i + 1} is empty")
    toks = line.split(" ")
    if "" in toks:
        fail(f"line {i + 1}: tokens must be separated by single spaces, without leading or trailing spaces")
    if "\t" in line:
        fail(f"line {i + 1} contains a tab")
    if count is not None and len(toks) != count:
        fail(f"line {i + 1}: expected {count} {what}, found {len(toks)}")
    return toks


def integer(tok, where, lo, hi, lo_s=None, hi_s=None):
    """tok as an int in [lo, hi]; `where` names it in the message."""
    if not INT.match(tok):
        if re.match(r"-?[0-9]+\Z", tok):
            fail(f"{where} = {tok[:30]} is not written canonically (leading zero or -0)")
        fail(f"{where} = {tok[:30]!r} is not an integer")
    if len(tok) > 25:
        fail(f"{where} = {tok[:20]}... is outside [{lo_s or lo}, {hi_s or hi}]")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{where} = {v} is outside [{lo_s or lo}, {hi_s or hi}]")
    return v


def main():
    lines = read_lines()
    t = tokens(lines, 0, 2, "integers (n W)")
    n = integer(t[0], "n", 1, 1000)
    cap = integer(t[1], "W", 1, 100000)
    if n * cap > 10 ** 7:
        fail(f"n * W = {n * cap} is above 10^7")
    line_count(lines, n + 1)
    for i in range(1, n + 1):
        w, v = tokens(lines, i, 2, "integers (w v)")
        integer(w, f"line {i + 1}: w", 1, 100000)
        integer(v, f"line {i + 1}: v", 1, 2 ** 30, hi_s="2^30")


main()
