"""Generator for course-order: python3 gen.py SEED prints one test.

n = 200000 (m <= 200000). The shape depends on SEED % 6:
  0  random DAG: random hidden order p, m random edges from earlier to later in p
  1  reverse chain n -> n-1 -> ... -> 1 (forced order n, n-1, ..., 1; the
     scan-from-1 naive does ~n^2/2 steps); some duplicate edges
  2  random DAG plus one edge that closes a long cycle -> IMPOSSIBLE
  3  no prerequisites at all (m = 0) or a star: course n before every other
  4  layered DAG (layers of decreasing numbers), with duplicate edges
  5  reverse chain over the first half plus a 2-cycle among the last courses
     -> IMPOSSIBLE after a long valid prefix
"""
import random
import sys

N = 200000
M = 200000


def out(n, edges):
    lines = [f"{n} {len(edges)}"]
    lines.extend(f"{a} {b}" for a, b in edges)
    sys.stdout.write("\n".join(lines) + "\n")


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = N
    edges = []
    if shape in (0, 2):
        p = list(range(1, n + 1))
        r.shuffle(p)
        if shape == 2:
            # a path p[i] -> ... -> p[j] along the hidden order, closed by a
            # back edge p[j] -> p[i]
            i = r.randrange(n // 4)
            j = r.randrange(3 * n // 4, n)
            step = max(1, (j - i) // 1000)
            path = list(range(i, j, step)) + [j]
            edges = [(p[a], p[b]) for a, b in zip(path, path[1:])]
            edges.append((p[j], p[i]))
        else:
            edges.append((p[0], p[-1]))
        while len(edges) < M:
            i = r.randrange(n - 1)
            j = min(n - 1, i + 1 + int(r.expovariate(1 / 50)))
            edges.append((p[i], p[j]))
        r.shuffle(edges)
    elif shape == 1:
        edges = [(v + 1, v) for v in range(1, n)]
        for _ in range(M - len(edges)):
            v = r.randrange(1, n)
            edges.append((v + 1, v))
        r.shuffle(edges)
    elif shape == 3:
        if seed // 6 % 2 == 0:
            edges = []
        else:
            edges = [(n, v) for v in range(1, n)]
    elif shape == 4:
        layers = 400
        size = n // layers
        # layer 0 holds the largest numbers and comes first
        layer_of = lambda l: range(n - (l + 1) * size + 1, n - l * size + 1)
        while len(edges) < M:
            l = r.randrange(layers - 1)
            a = r.choice(layer_of(l))
            b = r.choice(layer_of(l + 1))
            edges.append((a, b))
            if r.random() < 0.1 and len(edges) < M:
                edges.append((a, b))
    else:
        half = n // 2
        edges = [(v + 1, v) for v in range(1, half)]
        edges.append((n - 1, n))
        edges.append((n, n - 1))
        for _ in range(M - len(edges)):
            a = r.randint(half + 1, n - 2)
            b = r.randint(half + 1, n - 2)
            if a > b:
                a, b = b, a
            if a != b:
                edges.append((a, b))
        r.shuffle(edges)
    assert len(edges) <= M and all(a != b for a, b in edges)
    out(n, edges)


main()
