"""Input validator for course-order: reads one test on stdin.

Exits 0 when the input is "n m" with 1 <= n <= 200000 and 0 <= m <= 200000,
then exactly m lines "a b" with 1 <= a, b <= n and a != b (single spaces, a
final newline, nothing else; repeated pairs and cycles are allowed);
otherwise prints what is wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")
PAIR = re.compile(rb"([1-9][0-9]{0,5}) ([1-9][0-9]{0,5})\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def ints(line, i, count, what):
    """The integers of `line` (line number i, 0-based), exactly `count` of them."""
    parts = line.split(b" ")
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
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    lines = data[:-1].split(b"\n")
    n, m = ints(lines[0], 0, 2, "integers (n m)")
    if not 1 <= n <= 200000:
        fail(f"n = {n} is outside [1, 200000]")
    if not 0 <= m <= 200000:
        fail(f"m = {m} is outside [0, 200000]")
    if len(lines) != m + 1:
        fail(f"expected {m + 1} lines (m = {m} pairs), found {len(lines)}")
    match = PAIR.match
    for i in range(1, m + 1):
        g = match(lines[i])
        if g is None:
            a, b = ints(lines[i], i, 2, "integers (a b)")
            fail(f"line {i + 1}: a = {a}, b = {b}: both must be in [1, n = {n}]")
        a, b = int(g.group(1)), int(g.group(2))
        if a > n or b > n:
            fail(f"line {i + 1}: a = {a}, b = {b}: both must be in [1, n = {n}]")
        if a == b:
            fail(f"line {i + 1}: a = b = {a} (a course cannot require itself)")


main()
