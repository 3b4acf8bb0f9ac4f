"""Validator for lru-cache: reads one test input on stdin and exits 0 when it is
valid, else prints what is wrong on stderr and exits 1.

Line 1: k n with 1 <= k <= 200000 and 1 <= n <= 200000.
Then exactly n lines, each `get key` or `put key value`, 0 <= key, value <= 10^9.
At least one operation is a get.
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


def main():
    lines = read_lines()
    k_tok, n_tok = tokens(lines[0], 1, 2)
    integer(k_tok, 1, "k", 1, 200000, "200000")
    n = integer(n_tok, 1, "n", 1, 200000, "200000")
    if len(lines) != n + 1:
        fail(f"expected {n + 1} lines (n = {n} operations), found {len(lines)}")
    gets = 0
    for i in range(2, n + 2):
        toks = tokens(lines[i - 1], i, None)
        if not toks:
            fail(f"line {i}: empty line")
        op = toks[0]
        if op == "get":
            if len(toks) != 2:
                fail(f"line {i}: get takes 1 argument, found {len(toks) - 1}")
            gets += 1
        elif op == "put":
            if len(toks) != 3:
                fail(f"line {i}: put takes 2 arguments, found {len(toks) - 1}")
            integer(toks[2], i, "value", 0, 10 ** 9, "10^9")
        else:
            fail(f"line {i}: unknown operation {op!r}")
        integer(toks[1], i, "key", 0, 10 ** 9, "10^9")
    if gets == 0:
        fail("no get operation")


main()
