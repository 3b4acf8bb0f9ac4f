"""Validator for top-words: reads one test input on stdin and exits 0 when it is
valid, else prints what is wrong on stderr and exits 1.

Line 1: words, a JSON array of 1 to 10^5 strings, each of 1 to 10 letters a-z.
Line 2: k, a JSON integer with 1 <= k <= d, the number of distinct words.
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


LOWER = set("abcdefghijklmnopqrstuvwxyz")


def main():
    lines = read_lines(2)
    words = parse(lines[0], 1)
    if type(words) is not list:
        fail("line 1: words is not an array")
    if not 1 <= len(words) <= 10 ** 5:
        fail(f"line 1: len(words) = {len(words)} is outside [1, 10^5]")
    for i, w in enumerate(words):
        if type(w) is not str:
            fail(f"line 1: words[{i}] = {json.dumps(w)} is not a string")
        if not 1 <= len(w) <= 10:
            fail(f"line 1: words[{i}] = {json.dumps(w)} does not have 1 to 10 letters")
        if not set(w) <= LOWER:
            fail(f"line 1: words[{i}] = {json.dumps(w)} is not lowercase letters a-z only")
    k = parse(lines[1], 2)
    if not is_int(k):
        fail(f"line 2: k = {json.dumps(k)} is not an integer")
    d = len(set(words))
    if not 1 <= k <= d:
        fail(f"line 2: k = {k} is outside [1, d] with d = {d} distinct words")


main()
