"""Input validator for reverse-sublist (a function-signature problem): three lines,
one JSON value each: head, the list as an array of 1..10^5 integers in
[-10^9, 10^9]; left; right, integers with 1 <= left <= right <= n. Reads stdin; exit
0 when valid, else exit 1 with the reason on stderr."""
import json
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def no_constant(name):
    raise ValueError(f"{name} is not allowed")


def read_json_lines(count, names):
    """One JSON value per line, `count` lines (a function-signature input)."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII text")
    if not text:
        fail("the input is empty")
    if not text.endswith("\n"):
        fail("the input does not end with a newline")
    if "\r" in text:
        fail("the input has a carriage return (\\r)")
    lines = text[:-1].split("\n")
    if len(lines) != count:
        fail(f"the input has {len(lines)} line(s), expected {count} (one JSON value per parameter: {', '.join(names)})")
    values = []
    for no, (line, name) in enumerate(zip(lines, names), 1):
        if line != line.strip():
            fail(f"line {no} ({name}): leading or trailing whitespace")
        try:
            values.append(json.loads(line, parse_constant=no_constant))
        except ValueError as e:
            fail(f"line {no} ({name}): not JSON: {e}")
    return values


def is_int(v):
    return type(v) is int


def int_list(v, name, lo, hi, lo_s, hi_s):
    if type(v) is not list:
        fail(f"{name} is not a JSON array")
    for i, x in enumerate(v):
        if type(x) is not int:
            fail(f"{name}[{i}] = {json.dumps(x)[:30]} is not an integer")
    if v and (min(v) < lo or max(v) > hi):
        i = next(i for i, x in enumerate(v) if not lo <= x <= hi)
        fail(f"{name}[{i}] = {v[i]} is outside [{lo_s}, {hi_s}]")


def main():
    head, left, right = read_json_lines(3, ["head", "left", "right"])
    int_list(head, "head", -10 ** 9, 10 ** 9, "-10^9", "10^9")
    n = len(head)
    if not 1 <= n <= 10 ** 5:
        fail(f"the list has {n} nodes, outside [1, 10^5]")
    for name, v in (("left", left), ("right", right)):
        if not is_int(v):
            fail(f"{name} = {json.dumps(v)[:30]} is not an integer")
    if not 1 <= left <= n:
        fail(f"left = {left} is outside [1, n = {n}]")
    if not left <= right <= n:
        fail(f"right = {right} is outside [left = {left}, n = {n}]")


main()
