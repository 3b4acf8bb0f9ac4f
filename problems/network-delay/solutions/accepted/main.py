import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    vals = list(map(int, data[3:3 + 3 * m]))
    for i in range(0, 3 * m, 3):
        adj[vals[i]].append((vals[i + 1], vals[i + 2]))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if d != dist[u]:
            continue  # an outdated entry
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    ans = max(dist[1:])
    print(-1 if ans == INF else ans)


main()
