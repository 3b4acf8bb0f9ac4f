# WRONG: decreases the circle count on every union, even when both users are
# already in the same circle.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    groups = n
    out = []
    for i in range(q):
        op = data[2 + 3 * i]
        a, b = find(int(data[3 + 3 * i])), find(int(data[4 + 3 * i]))
        if op == b"union":
            parent[a] = b
            groups -= 1
        else:
            out.append("YES" if a == b else "NO")
    out.append(str(groups))
    print("\n".join(out))


main()
