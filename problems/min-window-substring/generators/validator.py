"""Validator for min-window-substring: reads one test input on stdin and exits 0
when it is valid, else prints what is wrong on stderr and exits 1.

Line 1: s, line 2: t; each 1 to 2*10^5 English letters (a-z, A-Z), nothing else.
"""
import re
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII")
    if not text.endswith("\n"):
        fail("the input does not end with a newline")
    if "\r" in text:
        fail("the input contains a carriage return")
    return text[:-1].split("\n")


LETTERS = re.compile(r"[A-Za-z]+\Z")


def main():
    lines = read_lines()
    if len(lines) != 2:
        fail(f"expected 2 lines, found {len(lines)}")
    for i, name in ((1, "s"), (2, "t")):
        w = lines[i - 1]
        if not 1 <= len(w) <= 200000:
            fail(f"line {i}: |{name}| = {len(w)} is outside [1, 2*10^5]")
        if not LETTERS.match(w):
            bad = next(c for c in w if not ("a" <= c <= "z" or "A" <= c <= "Z"))
            fail(f"line {i}: {name} contains {bad!r}, not an English letter")


main()
