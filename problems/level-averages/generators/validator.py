"""Input validator for level-averages (a function-signature problem).

Reads one test on stdin: exactly one line holding the parameter `root`, a
binary tree in level order as a JSON array of integers and nulls (null for a
missing child; [] is the empty tree). Checks that every value is a JSON
integer (not a float or a bool) in [-(2^31 - 1), 2^31 - 1], that the root is
not null, that every node has a parent that is not null (no value is left
over after the last node's child slots), that the tree has at most 10^4
nodes and at most 2000 levels. Exits 0 when valid, else prints what is wrong
on stderr and exits 1.
"""
import json
import re
import sys

INT = re.compile(r"(?:0|-?[1-9][0-9]*)\Z")


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


BIG = 2 ** 31 - 1


def main():
    lines = read_lines()
    line_count(lines, 1)
    try:
        items = json.loads(lines[0])
    except ValueError as e:
        fail(f"line 1 is not valid JSON: {e}")
    if not isinstance(items, list):
        fail(f"root: expected a JSON array (level order), found {type(items).__name__}")
    for j, v in enumerate(items):
        if v is None:
            continue
        if type(v) is not int:
            fail(f"root[{j}] = {json.dumps(v)[:30]} is not an integer or null")
        if not -BIG <= v <= BIG:
            fail(f"root[{j}] = {v} is outside [-(2^31 - 1), 2^31 - 1]")
    if not items:
        return
    if items[0] is None:
        fail("root[0] is null; an empty tree is written []")
    # Level order: each present node takes the next two slots as its children.
    depth = [0]
    slot, i = 1, 0
    while slot < len(items):
        if i >= len(depth):
            fail(f"root[{slot}] has no parent: every node before it is null")
        d = depth[i] + 1
        for _ in range(2):
            if slot < len(items) and items[slot] is not None:
                depth.append(d)
            slot += 1
        i += 1
    if len(depth) > 10 ** 4:
        fail(f"the tree has {len(depth)} nodes, more than 10^4")
    if depth[-1] + 1 > 2000:
        fail(f"the tree has {depth[-1] + 1} levels, more than 2000")


main()
