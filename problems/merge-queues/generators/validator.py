"""Validator for merge-queues: reads one test input on stdin and exits 0 when it
is valid, else prints what is wrong on stderr and exits 1.

One line: lists, a JSON array of 0 to 10^4 arrays of integers in [-10^9, 10^9],
each array in non-decreasing order, at most 10^5 integers in total.
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
    (line,) = read_lines(1)
    lists = parse(line, 1)
    if type(lists) is not list:
        fail("line 1: lists is not an array")
    if len(lists) > 10 ** 4:
        fail(f"line 1: k = {len(lists)} lists, more than 10^4")
    total = 0
    for i, a in enumerate(lists):
        if type(a) is not list:
            fail(f"line 1: lists[{i}] = {json.dumps(a)[:40]} is not an array")
        total += len(a)
        if total > 10 ** 5:
            fail("line 1: more than 10^5 nodes in total")
        prev = None
        for j, x in enumerate(a):
            if type(x) is not int:
                fail(f"line 1: lists[{i}][{j}] = {json.dumps(x)} is not an integer")
            if not -10 ** 9 <= x <= 10 ** 9:
                fail(f"line 1: lists[{i}][{j}] = {x} is outside [-10^9, 10^9]")
            if prev is not None and x < prev:
                fail(f"line 1: lists[{i}] is not sorted: {prev} before {x}")
            prev = x


main()
