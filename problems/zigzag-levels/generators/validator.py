"""Validator for zigzag-levels: reads one test input on stdin and exits 0 when it
is valid, else prints what is wrong on stderr and exits 1.

One line: the tree in level order, a JSON array of integers in [-2^31, 2^31 - 1]
and nulls ([] for the empty tree). The root is not null, every non-null entry has
a parent (the slots after the children of the last node are not used), the tree
has at most 10^5 nodes and at most 2000 levels. Trailing nulls are accepted.
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
    items = parse(lines[0], 1)
    if type(items) is not list:
        fail("line 1: the tree is not an array")
    lo, hi = -2 ** 31, 2 ** 31 - 1
    for i, x in enumerate(items):
        if x is None:
            continue
        if not is_int(x):
            fail(f"line 1: [{i}] = {json.dumps(x)} is neither an integer nor null")
        if not lo <= x <= hi:
            fail(f"line 1: [{i}] = {x} is outside [-2^31, 2^31 - 1]")
    if not items:
        return
    if items[0] is None:
        fail("line 1: the root is null; an empty tree is []")
    # level order: the k-th present node (k from 0) owns slots 2k+1 and 2k+2
    depth = [0]  # depth of each present node, in level order
    slot = 1
    k = 0
    while slot < len(items):
        if k >= len(depth):
            fail(f"line 1: [{slot}] has no parent: every node before it is null")
        for _ in range(2):
            if slot < len(items) and items[slot] is not None:
                depth.append(depth[k] + 1)
            slot += 1
        k += 1
    if len(depth) > 10 ** 5:
        fail(f"line 1: the tree has {len(depth)} nodes, more than 10^5")
    if depth[-1] + 1 > 2000:
        fail(f"line 1: the tree has {depth[-1] + 1} levels, more than 2000")


main()
