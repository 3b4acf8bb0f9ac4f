"""Input validator for count-primes: reads one test on stdin.

Exits 0 when the input is exactly one line holding one integer n with
0 <= n <= 10^7, followed by a newline and nothing else; otherwise prints what
is wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(rb"(0|-?[1-9][0-9]*)\Z")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def main():
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    lines = data[:-1].split(b"\n")
    if len(lines) != 1:
        fail(f"expected 1 line, found {len(lines)}")
    parts = lines[0].split(b" ")
    if b"" in parts:
        fail("line 1: empty line, or not single spaces between tokens")
    if len(parts) != 1:
        fail(f"line 1: expected 1 integer (n), found {len(parts)}")
    if not INT.match(parts[0]):
        fail(f"line 1: {parts[0][:20].decode(errors='replace')!r} is not an integer")
    n = int(parts[0])
    if not 0 <= n <= 10 ** 7:
        fail(f"n = {n} is outside [0, 10^7]")


main()
