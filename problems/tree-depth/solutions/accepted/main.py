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
    # level-by-level BFS: the number of levels minus one is the height
    level = [root]
    height = -1
    while level:
        height += 1
        nxt = []
        for v in level:
            nxt.extend(children[v])
        level = nxt
    print(height)


main()
