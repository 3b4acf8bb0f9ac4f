"""Validator for max-profit-once: reads one test input on stdin and exits 0 when it
is valid, else prints what is wrong on stderr and exits 1.

Line 1: n with 1 <= n <= 200000.
Line 2: n prices p_i, 1 <= p_i <= 10^9.
"""
import re
import sys

INT = re.compile(r"(0|-?[1-9][0-9]*)\Z")
INTS = re.compile(r"(?:0|-?[1-9][0-9]*)(?: (?:0|-?[1-9][0-9]*))*\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII")
    if not text.endswith("\n"):
        fail("the input does not end with a newline")
    if "\r" in text:
        fail("the input contains a carriage return")
    return text[:-1].split("\n")


def tokens(line, i, count):
    toks = line.split(" ") if line else []
    if "" in toks:
        fail(f"line {i}: leading, trailing or double spaces")
    if count is not None and len(toks) != count:
        fail(f"line {i}: expected {count} tokens, found {len(toks)}")
    return toks


def show(v):
    """v as written in the statement: 10^9, -10^9, or plain digits."""
    a = abs(v)
    if a >= 10 ** 5 and str(a).rstrip("0") == "1":
        return ("-" if v < 0 else "") + f"10^{len(str(a)) - 1}"
    return str(v)


def integer(tok, i, name, lo, hi, hi_text):
    if not INT.match(tok):
        fail(f"line {i}: {name} = {tok!r} is not an integer")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"line {i}: {name} = {v} is outside [{show(lo)}, {hi_text}]")
    return v


def int_list(line, i, name, count, lo, hi, hi_text):
    """The `count` integers of line i, each in [lo, hi] (names name[0], ...)."""
    if line and INTS.match(line):
        vals = list(map(int, line.split(" ")))
        if len(vals) != count:
            fail(f"line {i}: expected {count} integers, found {len(vals)}")
        if vals and lo <= min(vals) and max(vals) <= hi:
            return vals
    toks = tokens(line, i, count)
    return [integer(t, i, f"{name}[{j}]", lo, hi, hi_text) for j, t in enumerate(toks)]


def main():
    lines = read_lines()
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    (n_tok,) = tokens(lines[0], 1, 1)
    n = integer(n_tok, 1, "n", 1, 200000, "200000")
    int_list(lines[1], 2, "p", n, 1, 10 ** 9, "10^9")


main()
