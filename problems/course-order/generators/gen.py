"""Generator for course-order: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] courses and m in [0, N] pairs (small sizes are common):
a random DAG along a hidden order, a DAG plus one back edge (a cycle, often
with courses that can still be taken), a DAG plus a 2-cycle, or random pairs;
duplicate pairs are frequent. In about 1 test of 5, n = N so that the
labels span the whole range. The same (SEED, N) always prints the same test.

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


def small(r, max_n):
    """One stress test: n <= max_n courses, m <= max_n pairs."""
    if max_n == 1 or r.random() < 0.1:
        return "1 0\n"
    n = max_n if r.random() < 0.2 else r.randint(2, r.randint(2, max_n))
    m = r.randint(0 if r.random() < 0.15 else 1, r.randint(1, max_n))
    p = list(range(1, n + 1))
    r.shuffle(p)
    shape = r.randrange(4)
    edges = []
    if shape == 3:
        while len(edges) < m:
            a, b = r.randint(1, n), r.randint(1, n)
            if a != b:
                edges.append((a, b))
    else:
        while len(edges) < m:
            i, j = r.randrange(n), r.randrange(n)
            if i != j:
                edges.append((p[min(i, j)], p[max(i, j)]))
        if shape in (1, 2) and m >= 1:
            # a cycle among the hidden order: p[i] -> ... -> p[j] -> p[i]
            i, j = sorted(r.sample(range(n), 2))
            mid = sorted(r.sample(range(i + 1, j), min(j - i - 1, r.randint(0, 2))))
            path = [i] + mid + [j] if shape == 1 else [i, j]
            cyc = [(p[a], p[b]) for a, b in zip(path, path[1:])] + [(p[j], p[i])]
            if len(cyc) <= max_n:
                edges = edges[:max(0, m - len(cyc))] + cyc
        r.shuffle(edges)
    return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)


def stress_args():
    """(seed, max_n) from argv: SEED [--max-n N]; max_n is None without it."""
    args = sys.argv[1:]
    seed = int(args[0])
    max_n = None
    if "--max-n" in args[1:]:
        max_n = int(args[args.index("--max-n", 1) + 1])
        if max_n < 1:
            sys.exit("--max-n must be at least 1")
    return seed, max_n


def main():
    seed, max_n = stress_args()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
