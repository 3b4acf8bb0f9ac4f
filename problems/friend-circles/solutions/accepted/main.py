import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    groups = n
    out = []

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for i in range(q):
        op = data[2 + 3 * i]
        ra = find(int(data[3 + 3 * i]))
        rb = find(int(data[4 + 3 * i]))
        if op == b"union":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
                groups -= 1
        else:
            out.append("YES" if ra == rb else "NO")
    out.append(str(groups))
    sys.stdout.write("\n".join(out) + "\n")


main()
