"""Input validator for palindrome-phrase: exactly one line of 1..200000 printable ASCII
characters (codes 32 to 126; spaces anywhere, also leading or trailing), ended by a
newline. Reads stdin; exit 0 when valid, else exit 1 with the reason on stderr."""
import re
import sys

BAD = re.compile(rb"[^\x20-\x7e]")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def main():
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    line = data[:-1]
    if b"\n" in line:
        fail("the input has %d lines, expected 1" % (line.count(b"\n") + 1))
    if not line:
        fail("the line is empty (1 <= |s|)")
    if len(line) > 200000:
        fail(f"|s| = {len(line)} is above 200000")
    m = BAD.search(line)
    if m:
        fail(f"s[{m.start()}] has code {line[m.start()]}, not printable ASCII (32..126)")


main()
