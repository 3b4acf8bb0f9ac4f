"""Input validator for rank-by-comparisons (the interactor's secret input): line 1
holds n (1 <= n <= 1000), line 2 the n hidden weights w[1..n], pairwise distinct
integers in [1, 10^9] (the range the interactor accepts). Reads stdin; exit 0 when
valid, else exit 1 with the reason on stderr."""
import re
import sys

INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
INTS = re.compile(r"-?(?:0|[1-9][0-9]*)(?: -?(?:0|[1-9][0-9]*))*")
MINUS_ZERO = re.compile(r"(?:^| )-0(?: |$)")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    """The input's lines (without their newlines); it must be ASCII and end with one."""
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
    return text[:-1].split("\n")


def ints(line, no, count, what):
    """The integers of line `no` (1-based), exactly `count` of them, single-spaced."""
    if not INTS.fullmatch(line) or MINUS_ZERO.search(line):
        if line == "":
            fail(f"line {no}: expected {what}, found an empty line")
        if line != line.strip(" ") or "  " in line:
            fail(f"line {no}: tokens must be separated by single spaces, without leading or trailing spaces")
        bad = next((t for t in line.split(" ") if not INT.fullmatch(t) or t == "-0"), line)
        fail(f"line {no}: {bad[:30]!r} is not an integer")
    vals = list(map(int, line.split(" ")))
    if count is not None and len(vals) != count:
        fail(f"line {no}: expected {count} integer{'s' if count != 1 else ''} ({what}), found {len(vals)}")
    return vals


def check_range(vals, lo, hi, name, lo_s=None, hi_s=None, base=0):
    if vals and (min(vals) < lo or max(vals) > hi):
        i = next(i for i, v in enumerate(vals) if not lo <= v <= hi)
        fail(f"{name}[{i + base}] = {vals[i]} is outside [{lo_s or lo}, {hi_s or hi}]")


def expect_lines(lines, count):
    if len(lines) != count:
        fail(f"the input has {len(lines)} line(s), expected {count}")


def main():
    lines = read_lines()
    if len(lines) != 2:
        fail(f"the input has {len(lines)} line(s), expected 2 (n, then the n weights)")
    (n,) = ints(lines[0], 1, 1, "n")
    if not 1 <= n <= 1000:
        fail(f"n = {n} is outside [1, 1000]")
    w = ints(lines[1], 2, n, "w[1..n]")
    check_range(w, 1, 10 ** 9, "w", "1", "10^9", base=1)
    if len(set(w)) != n:
        seen = {}
        for i, v in enumerate(w):
            if v in seen:
                fail(f"w[{seen[v] + 1}] = w[{i + 1}] = {v}: the weights are not distinct")
            seen[v] = i


main()
