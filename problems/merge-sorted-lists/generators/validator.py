"""Validator for merge-sorted-lists: reads one test input on stdin and exits 0
when it is valid, else prints what is wrong on stderr and exits 1.

Line 1: a, line 2: b; each a JSON array of 0 to 5*10^4 integers in
[-10^9, 10^9], in non-decreasing order.
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


def main():
    lines = read_lines(2)
    for i, name in ((1, "a"), (2, "b")):
        a = parse(lines[i - 1], i)
        if type(a) is not list:
            fail(f"line {i}: {name} is not an array")
        if len(a) > 5 * 10 ** 4:
            fail(f"line {i}: {name} has {len(a)} nodes, more than 5*10^4")
        prev = None
        for j, x in enumerate(a):
            if type(x) is not int:
                fail(f"line {i}: {name}[{j}] = {json.dumps(x)} is not an integer")
            if not -10 ** 9 <= x <= 10 ** 9:
                fail(f"line {i}: {name}[{j}] = {x} is outside [-10^9, 10^9]")
            if prev is not None and x < prev:
                fail(f"line {i}: {name} is not sorted: {prev} before {x}")
            prev = x


main()
