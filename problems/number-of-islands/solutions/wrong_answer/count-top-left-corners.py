# Mistake: counts land cells that have no land above and no land to the left,
# assuming each island has exactly one such "top-left corner". A U shape or
# any island with two upward prongs is counted more than once.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    g = data[2:2 + R]
    land = ord("#")
    count = 0
    for r in range(R):
        row = g[r]
        up = g[r - 1] if r else None
        for c in range(C):
            if row[c] == land and (c == 0 or row[c - 1] != land) and (up is None or up[c] != land):
                count += 1
    print(count)


main()
