"""Input validator for balanced-brackets: reads one test on stdin.

Exits 0 when it is one line holding a string s with 1 <= |s| <= 200000 made of
printable ASCII characters 33..126 (no spaces), followed by a newline and
nothing else; otherwise prints what is wrong on stderr and exits 1.
"""
import re
import sys

MAXLEN = 200000
BAD = re.compile(rb"[^!-~]")


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
    s = lines[0]
    if not s:
        fail("line 1: s is empty (|s| must be at least 1)")
    if len(s) > MAXLEN:
        fail(f"line 1: |s| = {len(s)} exceeds {MAXLEN}")
    bad = BAD.search(s)
    if bad:
        fail(f"line 1: s[{bad.start()}] has code {s[bad.start()]}, outside 33..126")


main()
