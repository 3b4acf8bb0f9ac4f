"""Input validator for inventory-restock.

Reads one test on stdin and checks it strictly: a first line "n T" with
1 <= n <= 2*10^5 and -10^15 <= T <= 10^15, then exactly n lines "SKU +q" or
"SKU -q": the SKU is 1 to 10 characters from A-Z, 0-9 and '-', the sign is
always written and 1 <= q <= 10^9. Exits 0 when valid, else prints what is
wrong on stderr and exits 1.
"""
import re
import sys

INT = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")
FAST_INTS = re.compile(r"(?:0|-?[1-9][0-9]{0,17})(?: (?:0|-?[1-9][0-9]{0,17}))*")


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def read_lines():
    """The input's lines, after checking it is ASCII text ending with one newline."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        fail("the input is not ASCII text")
    if not text:
        fail("the input is empty")
    if not text.endswith("\n"):
        fail("the last line does not end with a newline")
    if "\r" in text:
        fail("the input contains a carriage return (\\r)")
    return text[:-1].split("\n")


def line_count(lines, want):
    if len(lines) != want:
        fail(f"expected {want} line{'s' if want != 1 else ''}, found {len(lines)}")


def tokens(lines, i, count=None, what="tokens"):
    """The tokens of line i (0-based), separated by single spaces."""
    line = lines[i]
    if line == "":
        fail(f"line {i + 1} is empty")
    toks = line.split(" ")
    if "" in toks:
        fail(f"line {i + 1}: tokens must be separated by single spaces, without leading or trailing spaces")
    if "\t" in line:
        fail(f"line {i + 1} contains a tab")
    if count is not None and len(toks) != count:
        fail(f"line {i + 1}: expected {count} {what}, found {len(toks)}")
    return toks


def integer(tok, where, lo, hi, lo_s=None, hi_s=None):
    """tok as an int in [lo, hi]; `where` names it in the message."""
    if not INT.match(tok):
        if re.match(r"-?[0-9]+\Z", tok):
            fail(f"{where} = {tok[:30]} is not written canonically (leading zero or -0)")
        fail(f"{where} = {tok[:30]!r} is not an integer")
    if len(tok) > 25:
        fail(f"{where} = {tok[:20]}... is outside [{lo_s or lo}, {hi_s or hi}]")
    v = int(tok)
    if not lo <= v <= hi:
        fail(f"{where} = {v} is outside [{lo_s or lo}, {hi_s or hi}]")
    return v


def fast_ints(line, count, lo, hi):
    """The integers of `line` when it is exactly `count` canonical integers in
    [lo, hi] separated by single spaces, else None (then look closer)."""
    if not FAST_INTS.fullmatch(line):
        return None
    vals = list(map(int, line.split(" ")))
    if len(vals) != count or min(vals) < lo or max(vals) > hi:
        return None
    return vals


def lines_match(lines, start, stop, line_re):
    """Whether every line of lines[start:stop] matches the regex `line_re`,
    checked in one pass (fast on 2*10^5 lines)."""
    if start >= stop:
        return True
    block = re.compile(rf"(?:(?:{line_re})\n)*(?:{line_re})")
    return block.fullmatch("\n".join(lines[start:stop])) is not None

SKU = re.compile(r"[A-Z0-9-]{1,10}\Z")
QTY = re.compile(r"[+-][1-9][0-9]{0,9}\Z")


def main():
    lines = read_lines()
    t = tokens(lines, 0, 2, "integers (n T)")
    n = integer(t[0], "n", 1, 200000, hi_s="2*10^5")
    integer(t[1], "T", -10 ** 15, 10 ** 15, "-10^15", "10^15")
    line_count(lines, n + 1)
    if lines_match(lines, 1, n + 1, r"[A-Z0-9-]{1,10} [+-](?:[1-9][0-9]{0,8}|1000000000)"):
        return
    for i in range(1, n + 1):
        sku, q = tokens(lines, i, 2, "tokens (SKU and signed quantity)")
        if not SKU.match(sku):
            fail(f"line {i + 1}: SKU {sku[:30]!r} is not 1..10 characters from A-Z, 0-9, '-'")
        if not QTY.match(q):
            fail(f"line {i + 1}: quantity {q[:30]!r} is not a sign (+ or -) followed by an integer in [1, 10^9]")
        if int(q[1:]) > 10 ** 9:
            fail(f"line {i + 1}: quantity {q} is outside [1, 10^9]")


main()
