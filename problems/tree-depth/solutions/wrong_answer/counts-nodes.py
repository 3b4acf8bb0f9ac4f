# Mistake: counts the nodes on the longest root-to-leaf path instead of the
# edges (prints height + 1).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    children = [[] for _ in range(n)]
    root = 0
    for i in range(n):
        p = int(data[1 + i])
        if p < 0:
            root = i
        else:
            children[p].append(i)
    level = [root]
    levels = 0
    while level:
        levels += 1
        nxt = []
        for v in level:
            nxt.extend(children[v])
        level = nxt
    print(levels)


main()
