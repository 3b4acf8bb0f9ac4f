"""Input validator for settle-rocks (a function-signature problem): one line, the grid
as a JSON array of m rows (1 <= m <= 1000), each an array of n one-character strings
(1 <= n <= 1000, the same n for every row, m * n <= 400000), every cell "#", "*" or
".". Reads stdin; exit 0 when valid, else exit 1 with the reason on stderr."""
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


CELLS = ("#", "*", ".")


def main():
    (grid,) = read_json_lines(1, ["grid"])
    if type(grid) is not list:
        fail("grid is not a JSON array")
    m = len(grid)
    if not 1 <= m <= 1000:
        fail(f"grid has m = {m} rows, outside [1, 1000]")
    for i, row in enumerate(grid):
        if type(row) is not list:
            fail(f"grid[{i}] is not a JSON array")
    n = len(grid[0])
    if not 1 <= n <= 1000:
        fail(f"grid[0] has n = {n} cells, outside [1, 1000]")
    for i, row in enumerate(grid):
        if len(row) != n:
            fail(f"grid[{i}] has {len(row)} cells, grid[0] has {n}")
    if m * n > 400000:
        fail(f"m * n = {m} * {n} = {m * n} is above 400000")
    for i, row in enumerate(grid):
        for j, c in enumerate(row):
            if type(c) is not str or c not in CELLS:
                fail(f"grid[{i}][{j}] = {json.dumps(c)[:30]} is not '#', '*' or '.'")


main()
