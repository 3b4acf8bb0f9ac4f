"""Input validator for rotated-array-search: line 1 holds n (1 <= n <= 2*10^5), line 2
the n values a[0..n-1], line 3 q (1 <= q <= 2*10^5), then q lines of one query x
each; all values and queries are integers in [-10^9, 10^9]. The values must be
pairwise distinct and a rotation of an increasing sequence (at most one descent, and
only when a[n-1] < a[0]). Reads stdin; exit 0 when valid, else exit 1 with the reason
on stderr."""
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
    if len(lines) < 3:
        fail(f"the input has {len(lines)} line(s), expected n, the n values, q and q queries")
    (n,) = ints(lines[0], 1, 1, "n")
    if not 1 <= n <= 2 * 10 ** 5:
        fail(f"n = {n} is outside [1, 2*10^5]")
    a = ints(lines[1], 2, n, "a[0..n-1]")
    check_range(a, -10 ** 9, 10 ** 9, "a", "-10^9", "10^9")
    (q,) = ints(lines[2], 3, 1, "q")
    if not 1 <= q <= 2 * 10 ** 5:
        fail(f"q = {q} is outside [1, 2*10^5]")
    if len(lines) != 3 + q:
        fail(f"the input has {len(lines)} lines, expected 3 + q = {3 + q}")
    joined = " ".join(lines[3:])
    if not INTS.fullmatch(joined) or MINUS_ZERO.search(joined) or joined.count(" ") != q - 1:
        for j in range(q):  # one of the query lines is not a single integer: say which
            ints(lines[3 + j], 4 + j, 1, "x")
    xs = list(map(int, lines[3:]))
    for j, x in enumerate(xs):
        if not -10 ** 9 <= x <= 10 ** 9:
            fail(f"query {j + 1} (line {4 + j}): x = {x} is outside [-10^9, 10^9]")
    if len(set(a)) != n:
        seen = {}
        for i, v in enumerate(a):
            if v in seen:
                fail(f"a[{seen[v]}] = a[{i}] = {v}: the values are not pairwise distinct")
            seen[v] = i
    drops = [i for i in range(n - 1) if a[i] > a[i + 1]]
    if len(drops) > 1:
        fail(f"a is not a rotated increasing sequence: it falls at a[{drops[0]}] > a[{drops[0] + 1}] and at a[{drops[1]}] > a[{drops[1] + 1}]")
    if drops and a[n - 1] > a[0]:
        i = drops[0]
        fail(f"a is not a rotated increasing sequence: it falls at a[{i}] > a[{i + 1}] but a[n-1] = {a[n - 1]} > a[0] = {a[0]}")


main()
