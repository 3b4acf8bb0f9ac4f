# Mistake: finds the bridges correctly but prints them in the order the DFS
# finishes them instead of sorting.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    edges = []
    for i in range(m):
        u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[u].append((v, i))
        adj[v].append((u, i))
        edges.append((min(u, v), max(u, v)))
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    ptr = [0] * (n + 1)
    pedge = [-1] * (n + 1)
    found = []
    timer = 0
    for root in range(1, n + 1):
        if tin[root]:
            continue
        timer += 1
        tin[root] = low[root] = timer
        stack = [root]
        while stack:
            v = stack[-1]
            if ptr[v] < len(adj[v]):
                to, i = adj[v][ptr[v]]
                ptr[v] += 1
                if i == pedge[v]:
                    continue
                if tin[to]:
                    low[v] = min(low[v], tin[to])
                else:
                    timer += 1
                    tin[to] = low[to] = timer
                    pedge[to] = i
                    stack.append(to)
            else:
                stack.pop()
                if stack:
                    p = stack[-1]
                    low[p] = min(low[p], low[v])
                    if low[v] > tin[p]:
                        found.append(edges[pedge[v]])
    print(len(found))
    for a, b in found:
        print(a, b)


main()
