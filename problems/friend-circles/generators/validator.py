"""Input validator for friend-circles: reads one test on stdin.

Exits 0 when the input is "n q" with 1 <= n <= 200000 and 1 <= q <= 200000,
then exactly q lines "union a b" or "query a b" with 1 <= a, b <= n (a = b
allowed; single spaces, a final newline, nothing else); otherwise prints what
is wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")
OP = re.compile(rb"(union|query) ([1-9][0-9]{0,5}) ([1-9][0-9]{0,5})\Z")


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
    n, q = ints(lines[0], 0, 2, "integers (n q)")
    if not 1 <= n <= 200000:
        fail(f"n = {n} is outside [1, 200000]")
    if not 1 <= q <= 200000:
        fail(f"q = {q} is outside [1, 200000]")
    if len(lines) != q + 1:
        fail(f"expected {q + 1} lines (q = {q} operations), found {len(lines)}")
    match = OP.match
    for i in range(1, q + 1):
        g = match(lines[i])
        if g is None:
            parts = lines[i].split(b" ")
            if b"" in parts:
                fail(f"line {i + 1}: empty line, or not single spaces between tokens")
            if len(parts) != 3:
                fail(f"line {i + 1}: expected 3 tokens (op a b), found {len(parts)}")
            if parts[0] not in (b"union", b"query"):
                fail(f"line {i + 1}: operation {parts[0][:20].decode(errors='replace')!r} is neither union nor query")
            for j in (1, 2):
                if not INT.match(parts[j]):
                    fail(f"line {i + 1}: token {j + 1} ({parts[j][:20].decode(errors='replace')!r}) is not an integer")
            a, b = int(parts[1]), int(parts[2])
            fail(f"line {i + 1}: a = {a}, b = {b}: both must be in [1, n = {n}]")
        a, b = int(g.group(2)), int(g.group(3))
        if a > n or b > n:
            fail(f"line {i + 1}: a = {a}, b = {b}: both must be in [1, n = {n}]")


main()
