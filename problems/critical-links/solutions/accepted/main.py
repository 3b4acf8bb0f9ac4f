# Iterative Tarjan bridge finding over a CSR adjacency list.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    eu = list(map(int, data[2:2 + 2 * m:2]))
    ev = list(map(int, data[3:3 + 2 * m:2]))
    deg = [0] * (n + 2)
    for u in eu:
        deg[u] += 1
    for v in ev:
        deg[v] += 1
    start = [0] * (n + 2)
    acc = 0
    for v in range(1, n + 1):
        start[v] = acc
        acc += deg[v]
    start[n + 1] = acc
    fill = start[:]
    adj_to = [0] * (2 * m)
    adj_id = [0] * (2 * m)
    for i in range(m):
        u, v = eu[i], ev[i]
        k = fill[u]
        adj_to[k] = v
        adj_id[k] = i
        fill[u] = k + 1
        k = fill[v]
        adj_to[k] = u
        adj_id[k] = i
        fill[v] = k + 1
    tin = [0] * (n + 1)
    low = [0] * (n + 1)
    ptr = start[:]
    pedge = [-1] * (n + 1)
    bridges = []
    timer = 0
    for root in range(1, n + 1):
        if tin[root]:
            continue
        timer += 1
        tin[root] = low[root] = timer
        stack = [root]
        while stack:
            v = stack[-1]
            k = ptr[v]
            if k < start[v + 1]:
                ptr[v] = k + 1
                i = adj_id[k]
                if i == pedge[v]:
                    continue
                to = adj_to[k]
                t = tin[to]
                if t:
                    if t < low[v]:
                        low[v] = t
                else:
                    timer += 1
                    tin[to] = low[to] = timer
                    pedge[to] = i
                    stack.append(to)
            else:
                stack.pop()
                if stack:
                    p = stack[-1]
                    lv = low[v]
                    if lv < low[p]:
                        low[p] = lv
                    if lv > tin[p]:
                        i = pedge[v]
                        a, b = eu[i], ev[i]
                        bridges.append((a, b) if a < b else (b, a))
    bridges.sort()
    out = [str(len(bridges))]
    out.extend(f"{a} {b}" for a, b in bridges)
    sys.stdout.write("\n".join(out) + "\n")


main()
