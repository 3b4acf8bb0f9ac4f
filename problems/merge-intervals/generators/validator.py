"""Validator for merge-intervals: reads one test input on stdin and exits 0 when it
is valid, else prints what is wrong on stderr and exits 1.

Line 1: n with 1 <= n <= 200000.
Then exactly n lines `l r` with -10^9 <= l <= r <= 10^9.
"""
import re
import sys

INT = re.compile(r"(0|-?[1-9][0-9]*)\Z")


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


def int_rows(lines, first, count, cols):
    """Lines first..first+count-1 (1-based) hold one integer per column each,
    column c named cols[c][0] and in [cols[c][1], cols[c][2]] (cols[c][3] is
    how the upper bound is written); returns them flattened. A fast whole-block
    check comes first; the slow per-token loop only runs to name the problem."""
    width = len(cols)
    block = lines[first - 1:first - 1 + count]
    if len(block) != count:
        fail(f"expected {count} lines from line {first}, found {len(block)}")
    if not block:
        return []
    one = " ".join(["(?:0|-?[1-9][0-9]*)"] * width)
    text = "\n".join(block)
    if re.fullmatch(f"(?:{one}\n)*{one}", text):
        vals = list(map(int, text.split()))
        if all(lo <= min(vals[c::width]) and max(vals[c::width]) <= hi
               for c, (_, lo, hi, _) in enumerate(cols)):
            return vals
    vals = []
    for i in range(first, first + count):
        toks = tokens(lines[i - 1], i, width)
        vals.extend(integer(t, i, nm, lo, hi, hi_text)
                    for t, (nm, lo, hi, hi_text) in zip(toks, cols))
    return vals


def main():
    lines = read_lines()
    (n_tok,) = tokens(lines[0], 1, 1)
    n = integer(n_tok, 1, "n", 1, 200000, "200000")
    if len(lines) != n + 1:
        fail(f"expected {n + 1} lines (n = {n} intervals), found {len(lines)}")
    X = (-10 ** 9, 10 ** 9, "10^9")
    vals = int_rows(lines, 2, n, [("l",) + X, ("r",) + X])
    for j in range(n):
        if vals[2 * j] > vals[2 * j + 1]:
            fail(f"line {j + 2}: l = {vals[2 * j]} is greater than r = {vals[2 * j + 1]}")


main()
