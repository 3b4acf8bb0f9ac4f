"""Validator for tree-depth: reads one test input on stdin and exits 0 when it is
valid, else prints what is wrong on stderr and exits 1.

Line 1: n with 1 <= n <= 200000.
Line 2: n integers p_0 .. p_{n-1}: exactly one is -1 (the root), every other
satisfies 0 <= p_i < n and p_i != i, and following parents from any node reaches
the root (no cycles: the array is one tree).
"""
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    """The input's lines without their newlines; the input must be ASCII and end
    with a newline."""
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


def tokens(lines, i, count=None):
    """The tokens of line i (from 1), single-space separated; `count` of them if given."""
    if i > len(lines):
        fail(f"line {i} is missing")
    line = lines[i - 1]
    parts = line.split(" ")
    if "" in parts:
        fail(f"line {i}: empty line, or not single spaces between tokens")
    if count is not None and len(parts) != count:
        fail(f"line {i}: expected {count} token(s), found {len(parts)}")
    return parts


def integer(tok, what, lo, hi):
    """`tok` as an integer in [lo, hi], written plainly (no sign +, no leading zeros)."""
    try:
        v = int(tok)
    except ValueError:
        fail(f"{what} = {tok!r} is not an integer")
    if str(v) != tok:
        fail(f"{what} = {tok!r} is not written as a plain integer")
    if not lo <= v <= hi:
        fail(f"{what} = {v} is outside [{lo}, {hi}]")
    return v


def line_count(lines, count):
    if len(lines) != count:
        fail(f"expected {count} line(s), found {len(lines)}")


def int_list(lines, i, count, name, lo, hi):
    """Line i as exactly `count` plain integers in [lo, hi] (fast for long lines)."""
    parts = tokens(lines, i, count)
    try:
        vals = list(map(int, parts))
    except ValueError:
        for j, tok in enumerate(parts):
            integer(tok, f"{name}[{j}]", lo, hi)
    if " ".join(map(str, vals)) != lines[i - 1]:
        for j, tok in enumerate(parts):
            integer(tok, f"{name}[{j}]", lo, hi)
    if vals and (min(vals) < lo or max(vals) > hi):
        j = next(j for j, v in enumerate(vals) if not lo <= v <= hi)
        fail(f"{name}[{j}] = {vals[j]} is outside [{lo}, {hi}]")
    return vals


def main():
    lines = read_lines()
    line_count(lines, 2)
    n = integer(tokens(lines, 1, 1)[0], "n", 1, 200000)
    p = int_list(lines, 2, n, "p", -1, n - 1)
    roots = p.count(-1)
    if roots != 1:
        fail(f"{roots} values p_i are -1, exactly one root is needed")
    for i, x in enumerate(p):
        if x == i:
            fail(f"p_{i} = {i}: a node is its own parent")
    # depth-first from the root over child lists; a node on a cycle is never reached
    head = [-1] * n
    nxt = [-1] * n
    for i, x in enumerate(p):
        if x >= 0:
            nxt[i] = head[x]
            head[x] = i
    seen = 1
    stack = [p.index(-1)]
    while stack:
        c = head[stack.pop()]
        while c >= 0:
            seen += 1
            stack.append(c)
            c = nxt[c]
    if seen != n:
        fail(f"only {seen} of the {n} nodes reach the root: the parents form a cycle")


main()
