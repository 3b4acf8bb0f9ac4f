"""Input validator for coin-change: reads one test on stdin.

Exits 0 when the input is exactly two lines, "n amount" with 1 <= n <= 100 and
0 <= amount <= 10^5, then n integers c_i with 1 <= c_i <= 10^9 (single spaces,
a final newline, nothing else); otherwise prints what is wrong on stderr and
exits 1. Coin values may repeat and may exceed the amount.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    return data[:-1].split(b"\n")


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
    lines = read_lines()
    n, amount = ints(lines, 0, 2, "integers (n amount)")
    check_range("n", n, 1, 100)
    check_range("amount", amount, 0, 10**5, hi_s="10^5")
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    c = ints(lines, 1, n, "coin values")
    for i, x in enumerate(c):
        check_range(f"c[{i + 1}]", x, 1, 10**9, hi_s="10^9")


main()
