"""Input validator for climbing-stairs: reads one test on stdin.

Exits 0 when the input is exactly two lines, "n k" with 1 <= n <= 10^6 and
1 <= k <= 3, then k distinct integers s_i with 1 <= s_i <= 10^6 (single
spaces, a final newline, nothing else); otherwise prints what is wrong on
stderr and exits 1.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines(count):
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    lines = data[:-1].split(b"\n")
    if count is not None and len(lines) != count:
        fail(f"expected {count} lines, found {len(lines)}")
    return lines


def ints(lines, i, count, what):
    """The integers of line i (0-based), exactly `count` of them."""
    parts = lines[i].split(b" ")
    if b"" in parts:
        fail(f"line {i + 1}: empty line, or not single spaces between tokens")
    if len(parts) != count:
        fail(f"line {i + 1}: expected {count} {what}, found {len(parts)}")
    out = []
    for j, p in enumerate(parts):
        if not INT.match(p):
            fail(f"line {i + 1}: token {j + 1} ({p[:20].decode(errors='replace')!r}) is not an integer")
        out.append(int(p))
    return out


def check_range(name, v, lo, hi, lo_s=None, hi_s=None):
    if not lo <= v <= hi:
        fail(f"{name} = {v} is outside [{lo_s or lo}, {hi_s or hi}]")


def main():
    lines = read_lines(None)
    if len(lines) < 1:
        fail("expected 2 lines")
    n, k = ints(lines, 0, 2, "integers (n k)")
    check_range("n", n, 1, 10**6, hi_s="10^6")
    check_range("k", k, 1, 3)
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    s = ints(lines, 1, k, "strides")
    for i, x in enumerate(s):
        check_range(f"s[{i + 1}]", x, 1, 10**6, hi_s="10^6")
    if len(set(s)) != k:
        fail("the strides are not distinct")


main()
