import sys
from heapq import heapify, heappop, heappush


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = list(map(int, data[2:2 + 2 * m]))
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for i in range(0, 2 * m, 2):
        a, b = edges[i], edges[i + 1]
        adj[a].append(b)
        indeg[b] += 1
    avail = [v for v in range(1, n + 1) if indeg[v] == 0]
    heapify(avail)
    order = []
    while avail:
        v = heappop(avail)
        order.append(v)
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                heappush(avail, w)
    if len(order) < n:
        print("IMPOSSIBLE")
    else:
        sys.stdout.write(" ".join(map(str, order)) + "\n")


main()
