"""Input validator for first-unique-char: reads one test on stdin.

Exits 0 when the input is one line holding a string s with
1 <= |s| <= 200000 made of lowercase letters a-z only, followed by a newline
and nothing else; otherwise prints what is wrong on stderr and exits 1.
"""
import re
import sys

MAXLEN = 200000
BAD = re.compile(rb"[^a-z]")


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
        fail(f"line 1: s[{bad.start()}] = {chr(s[bad.start()])!r} is not a lowercase letter")


main()
