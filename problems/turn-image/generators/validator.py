"""Validator for turn-image: reads one test input on stdin and exits 0 when it is
valid, else prints what is wrong on stderr and exits 1.

One line: grid, a JSON array of n rows with 1 <= n <= 500, every row a JSON array
of exactly n integers in [-2^31, 2^31 - 1] (a square grid).
"""
import json
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines(count):
    """The input's lines (without newlines); exactly `count` of them, each ending
    with a newline, no blank lines, no stray whitespace around a value."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII")
    if not text.endswith("\n"):
        fail("the input does not end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) != count:
        fail(f"expected {count} line(s), found {len(lines)}")
    for i, line in enumerate(lines, 1):
        if not line:
            fail(f"line {i} is empty")
        if "\r" in line or line != line.strip():
            fail(f"line {i}: whitespace or a carriage return around the value")
    return lines


def bad_constant(name):
    raise ValueError(f"{name} is not JSON")


def parse(line, i):
    try:
        return json.loads(line, parse_constant=bad_constant)
    except ValueError as e:
        fail(f"line {i}: not JSON: {e}")


def is_int(x):
    return type(x) is int


def main():
    lines = read_lines(1)
    grid = parse(lines[0], 1)
    if type(grid) is not list:
        fail("line 1: grid is not an array")
    n = len(grid)
    if not 1 <= n <= 500:
        fail(f"line 1: n = {n} rows is outside [1, 500]")
    lo, hi = -2 ** 31, 2 ** 31 - 1
    for i, row in enumerate(grid):
        if type(row) is not list:
            fail(f"line 1: grid[{i}] is not an array")
        if len(row) != n:
            fail(f"line 1: grid[{i}] has {len(row)} values, the grid has {n} rows (it must be square)")
        for j, x in enumerate(row):
            if not is_int(x):
                fail(f"line 1: grid[{i}][{j}] = {json.dumps(x)} is not an integer")
            if not lo <= x <= hi:
                fail(f"line 1: grid[{i}][{j}] = {x} is outside [-2^31, 2^31 - 1]")


main()
