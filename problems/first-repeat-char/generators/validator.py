"""Input validator for first-repeat-char (signature first_repeat_char(s: string)):
reads one test on stdin.

Exits 0 when the input is exactly one line (plus its newline) holding a JSON
string s with 1 <= |s| <= 10^5 made of lowercase letters a-z and digits 0-9
only; otherwise prints what is wrong on stderr and exits 1.
"""
import json
import re
import sys

BAD = re.compile(r"[^a-z0-9]")


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
        fail(f"expected 1 line (s), found {len(lines)}")
    line = lines[0]
    if line != line.strip():
        fail("line 1: leading or trailing whitespace")
    try:
        s = json.loads(line)
    except ValueError as e:
        fail(f"line 1: not valid JSON ({e})")
    if not isinstance(s, str):
        fail(f"line 1: s must be a JSON string, found {type(s).__name__}")
    if not 1 <= len(s) <= 10 ** 5:
        fail(f"|s| = {len(s)} is outside [1, 10^5]")
    bad = BAD.search(s)
    if bad:
        fail(f"s[{bad.start()}] = {s[bad.start()]!r} is not a lowercase letter or a digit")


main()
