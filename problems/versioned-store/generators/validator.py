"""Validator for versioned-store: reads one test input on stdin and exits 0 when
it is valid, else prints what is wrong on stderr and exits 1.

Line 1: the operations, a JSON array: "VersionedStore" first, then at most
2*10^5 of "put" and "get".
Line 2: the arguments, a JSON array of the same length: [] for the constructor,
[key, value, stamp] for put and [key, stamp] for get; keys and values are 1 to 10
lowercase letters, put stamps are in [1, 10^9] and strictly increasing over all
puts, get stamps are in [0, 10^9].
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
LIMIT = 10 ** 9


def word(x, what):
    if type(x) is not str:
        fail(f"line 2: {what} = {json.dumps(x)} is not a string")
    if not 1 <= len(x) <= 10 or not set(x) <= LOWER:
        fail(f"line 2: {what} = {json.dumps(x)} is not 1 to 10 lowercase letters a-z")


def stamp(x, what, lo):
    if not is_int(x):
        fail(f"line 2: {what} = {json.dumps(x)} is not an integer")
    if not lo <= x <= LIMIT:
        fail(f"line 2: {what} = {x} is outside [{lo}, 10^9]")


def main():
    lines = read_lines(2)
    ops = parse(lines[0], 1)
    if type(ops) is not list or not ops:
        fail("line 1: the operations are not a non-empty array")
    if ops[0] != "VersionedStore":
        fail(f"line 1: the first operation is {json.dumps(ops[0])}, not \"VersionedStore\"")
    if len(ops) - 1 > 200000:
        fail(f"line 1: {len(ops) - 1} calls, at most 2*10^5 are allowed")
    for i, op in enumerate(ops[1:], 1):
        if op not in ("put", "get") or type(op) is not str:
            fail(f"line 1: operation {i} is {json.dumps(op)}, not \"put\" or \"get\"")
    args = parse(lines[1], 2)
    if type(args) is not list:
        fail("line 2: the arguments are not an array")
    if len(args) != len(ops):
        fail(f"line 2: {len(args)} argument lists for {len(ops)} operations")
    if args[0] != []:
        fail(f"line 2: the constructor's arguments are {json.dumps(args[0])}, not []")
    last = 0
    for i, (op, a) in enumerate(zip(ops, args)):
        if i == 0:
            continue
        if type(a) is not list:
            fail(f"line 2: the arguments of call {i} are not an array")
        if op == "put":
            if len(a) != 3:
                fail(f"line 2: put (call {i}) has {len(a)} arguments, not 3 (key, value, stamp)")
            word(a[0], f"the key of call {i}")
            word(a[1], f"the value of call {i}")
            stamp(a[2], f"the stamp of put (call {i})", 1)
            if a[2] <= last:
                fail(f"line 2: the stamp {a[2]} of put (call {i}) is not larger than the previous put's {last}")
            last = a[2]
        else:
            if len(a) != 2:
                fail(f"line 2: get (call {i}) has {len(a)} arguments, not 2 (key, stamp)")
            word(a[0], f"the key of call {i}")
            stamp(a[1], f"the stamp of get (call {i})", 0)


main()
