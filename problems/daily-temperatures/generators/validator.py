"""Input validator for daily-temperatures: reads one test on stdin.

Exits 0 when the input is exactly two lines, n with 1 <= n <= 200000, then n
integers t_i with -10^9 <= t_i <= 10^9 (single spaces, a final newline,
nothing else); otherwise prints what is wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")
LIM = 10 ** 9


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


def main():
    lines = read_lines()
    n, = ints(lines, 0, 1, "integer (n)")
    if not 1 <= n <= 200000:
        fail(f"n = {n} is outside [1, 200000]")
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    t = ints(lines, 1, n, "temperatures")
    for i, x in enumerate(t):
        if not -LIM <= x <= LIM:
            fail(f"t[{i + 1}] = {x} is outside [-10^9, 10^9]")


main()
