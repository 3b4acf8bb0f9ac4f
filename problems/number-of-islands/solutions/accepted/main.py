# Union-find over horizontal runs of land: every maximal run of '#' in a row
# is a node; runs in adjacent rows whose column ranges overlap are joined.
# Islands = runs - successful unions. Runs are found with a regex (fast), so
# the Python loop handles runs rather than single cells.

import re
import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    rows = data[2:2 + R]
    if R > C:
        # islands do not change under transposition; long rows mean fewer
        # Python-level iterations (a 10^6 x 1 grid becomes 1 x 10^6)
        rows = [bytes(col) for col in zip(*rows)]
    parent = []
    unions = 0
    run = re.compile(rb"#+")
    prev = []  # (start, end, id) of the runs in the previous row
    for row in rows:
        base = len(parent)
        cur = [(m.start(), m.end()) for m in run.finditer(row)]
        parent.extend(range(base, base + len(cur)))
        i = j = 0
        np_, nc = len(prev), len(cur)
        while i < np_ and j < nc:
            ps, pe, pid = prev[i]
            cs, ce = cur[j]
            if ps < ce and cs < pe:  # column ranges overlap: side contact
                a = pid
                while parent[a] != a:
                    parent[a] = parent[parent[a]]
                    a = parent[a]
                b = base + j
                while parent[b] != b:
                    parent[b] = parent[parent[b]]
                    b = parent[b]
                if a != b:
                    parent[a] = b
                    unions += 1
            if pe < ce:
                i += 1
            else:
                j += 1
        prev = [(s, e, base + t) for t, (s, e) in enumerate(cur)]
    print(len(parent) - unions)


main()
