"""Validator for number-of-islands: reads one test input on stdin and exits 0 when
it is valid, else prints what is wrong on stderr and exits 1.

Line 1: R C with 1 <= R, C <= 10^6 and R * C <= 10^6.
Then exactly R lines of exactly C characters, each '#' or '.'.
"""
import re
import sys

INT = re.compile(r"(0|-?[1-9][0-9]*)\Z")


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


def tokens(line, i, count):
    toks = line.split(" ") if line else []
    if "" in toks:
        fail(f"line {i}: leading, trailing or double spaces")
    if count is not None and len(toks) != count:
        fail(f"line {i}: expected {count} tokens, found {len(toks)}")
    return toks


def show(v):
    """v as written in the statement: 10^9, -10^9, or plain digits."""
    a = abs(v)
    if a >= 10 ** 5 and str(a).rstrip("0") == "1":
        return ("-" if v < 0 else "") + f"10^{len(str(a)) - 1}"
    return str(v)


def integer(tok, i, name, lo, hi, hi_text):
    if not INT.match(tok):
        fail(f"line {i}: {name} = {tok!r} is not an integer")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"line {i}: {name} = {v} is outside [{show(lo)}, {hi_text}]")
    return v


ROW = re.compile(r"[#.]*\Z")


def main():
    lines = read_lines()
    r_tok, c_tok = tokens(lines[0], 1, 2)
    R = integer(r_tok, 1, "R", 1, 10 ** 6, "10^6")
    C = integer(c_tok, 1, "C", 1, 10 ** 6, "10^6")
    if R * C > 10 ** 6:
        fail(f"line 1: R * C = {R * C} is more than 10^6")
    if len(lines) != R + 1:
        fail(f"expected {R + 1} lines (R = {R} rows), found {len(lines)}")
    one = "[#.]{%d}" % C
    if re.fullmatch(f"(?:{one}\n)*{one}", "\n".join(lines[1:])):
        return
    for i in range(2, R + 2):
        row = lines[i - 1]
        if len(row) != C:
            fail(f"line {i}: expected {C} characters, found {len(row)}")
        if not ROW.match(row):
            bad = next(c for c in row if c not in "#.")
            fail(f"line {i}: {bad!r} is neither '#' nor '.'")


main()
