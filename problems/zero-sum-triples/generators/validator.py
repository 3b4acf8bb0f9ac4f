"""Validator for zero-sum-triples: reads one test input on stdin and exits 0 when
it is valid, else prints what is wrong on stderr and exits 1.

One line: nums, a JSON array of 1 to 3000 integers in [-10^5, 10^5].
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
    nums = parse(lines[0], 1)
    if type(nums) is not list:
        fail("line 1: nums is not an array")
    if not 1 <= len(nums) <= 3000:
        fail(f"line 1: n = {len(nums)} is outside [1, 3000]")
    for i, x in enumerate(nums):
        if not is_int(x):
            fail(f"line 1: nums[{i}] = {json.dumps(x)} is not an integer")
        if not -10 ** 5 <= x <= 10 ** 5:
            fail(f"line 1: nums[{i}] = {x} is outside [-10^5, 10^5]")


main()
