# Mistake: runs a full BFS, then takes the minimum distance over all targets,
# but forgets the "unreachable" case and prints the INF sentinel instead of -1.
import sys
from collections import deque

INF = 10 ** 9


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    grid = b"".join(data[2:2 + R])
    n = R * C
    dist = [INF] * n
    s = grid.index(b"S")
    dist[s] = 0
    q = deque([s])
    while q:
        u = q.popleft()
        r, c = divmod(u, C)
        d = dist[u] + 1
        if c > 0 and grid[u - 1] != 35 and dist[u - 1] == INF:
            dist[u - 1] = d
            q.append(u - 1)
        if c < C - 1 and grid[u + 1] != 35 and dist[u + 1] == INF:
            dist[u + 1] = d
            q.append(u + 1)
        if r > 0 and grid[u - C] != 35 and dist[u - C] == INF:
            dist[u - C] = d
            q.append(u - C)
        if r < R - 1 and grid[u + C] != 35 and dist[u + C] == INF:
            dist[u + C] = d
            q.append(u + C)
    best = INF
    for i in range(n):
        if grid[i] == 84 and dist[i] < best:  # 84 == ord('T')
            best = dist[i]
    print(best)


main()
