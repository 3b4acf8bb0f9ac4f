"""Input validator for sink-zeros (a function-signature problem): one line, nums as a
JSON array of 1..10^5 integers in [-10^9, 10^9]. Reads stdin; exit 0 when valid,
else exit 1 with the reason on stderr."""
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
    (nums,) = read_json_lines(1, ["nums"])
    int_list(nums, "nums", -10 ** 9, 10 ** 9, "-10^9", "10^9")
    if not 1 <= len(nums) <= 10 ** 5:
        fail(f"nums has {len(nums)} elements, outside [1, 10^5]")


main()
