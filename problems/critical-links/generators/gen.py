"""Generator for critical-links: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] racks and m in [0, N] cables (small sizes are common): a
random multigraph on few racks (parallel cables are frequent), a random forest
plus a few extra and doubled cables, or rings joined by single cables; labels,
order and orientation shuffled. In about 1 test of 5, n = N so that the
labels span the whole range. The same (SEED, N) always prints the same test.

Rack labels, cable order and cable orientation are shuffled. n, m <= 200000.
The shape depends on SEED % 6:
  0  random tree on 200000 racks (every cable is critical)
  1  a single path of 200000 racks (very deep DFS) plus one parallel cable
  2  a single ring of 200000 racks (no critical cable)
  3  cactus: small rings (3..6 racks) joined into a chain by single cables
  4  a random core (50000 racks, 100000 cables) with random trees of
     100000 more racks hanging off it
  5  a path of 100000 racks where about half of the links are doubled,
     plus isolated racks
"""
import random
import sys

MAXN = 200000


def small(r, max_n):
    """One stress test: n <= max_n racks, m <= max_n cables."""
    if max_n == 1 or r.random() < 0.1:
        return "1 0\n"
    n = max_n if r.random() < 0.2 else r.randint(2, r.randint(2, max_n))
    m = r.randint(0 if r.random() < 0.1 else 1, r.randint(1, max_n))
    shape = r.randrange(3)
    edges = []
    if shape == 0:
        # random cables among a few racks: parallel cables are frequent
        k = r.randint(2, min(n, r.choice([3, 4, n])))
        while len(edges) < m:
            a, b = r.sample(range(k), 2)
            edges.append((a, b))
    elif shape == 1:
        # a random forest, then doubled tree cables and a few extra cables
        for v in range(1, n):
            if len(edges) < m and r.random() < 0.85:
                edges.append((r.randrange(v), v))
        while len(edges) < m:
            if edges and r.random() < 0.5:
                edges.append(r.choice(edges))
            else:
                edges.append(tuple(r.sample(range(n), 2)))
    else:
        # rings (2..4 racks; a 2-ring is a doubled cable) chained by single cables
        v = 0
        prev = None
        while v < n and len(edges) < m:
            size = min(n - v, r.randint(1, 4))
            ring = list(range(v, v + size))
            if size >= 2 and len(edges) + size <= m:
                for i in range(size):
                    edges.append((ring[i], ring[(i + 1) % size]))
            if prev is not None and len(edges) < m:
                edges.append((prev, r.choice(ring)))
            prev = r.choice(ring)
            v += size
    perm = list(range(1, n + 1))
    r.shuffle(perm)
    r.shuffle(edges)
    out = [f"{n} {len(edges)}\n"]
    for a, b in edges:
        a, b = perm[a], perm[b]
        if r.random() < 0.5:
            a, b = b, a
        out.append(f"{a} {b}\n")
    return "".join(out)


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
    edges = []
    if shape == 0:
        n = MAXN
        for v in range(1, n):
            edges.append((r.randrange(max(0, v - 50), v) if r.random() < 0.5 else r.randrange(v), v))
    elif shape == 1:
        n = MAXN
        edges = [(v, v + 1) for v in range(n - 1)]
        k = r.randrange(n - 1)
        edges.append((k, k + 1))
    elif shape == 2:
        n = MAXN
        edges = [(v, (v + 1) % n) for v in range(n)]
    elif shape == 3:
        n = 0
        prev = None
        while True:
            size = r.randint(3, 6)
            if n + size > MAXN or len(edges) + size + 1 > MAXN:
                break
            ring = list(range(n, n + size))
            for i in range(size):
                edges.append((ring[i], ring[(i + 1) % size]))
            if prev is not None:
                edges.append((prev, r.choice(ring)))
            prev = r.choice(ring)
            n += size
    elif shape == 4:
        core = 50000
        for v in range(1, core):  # keep the core connected
            edges.append((r.randrange(v), v))
        while len(edges) < 100000:
            a, b = r.sample(range(core), 2)
            edges.append((a, b))
        n = core + 100000
        for v in range(core, n):
            edges.append((r.randrange(v), v))
        edges = edges[:MAXN]
    else:
        n = MAXN
        length = 100000
        for v in range(length - 1):
            edges.append((v, v + 1))
            if r.random() < 0.5 and len(edges) < MAXN:
                edges.append((v + 1, v))
    perm = list(range(1, n + 1))
    r.shuffle(perm)
    r.shuffle(edges)
    lines = []
    for a, b in edges:
        a, b = perm[a], perm[b]
        if r.random() < 0.5:
            a, b = b, a
        lines.append(f"{a} {b}")
    sys.stdout.write(f"{n} {len(edges)}\n" + "\n".join(lines) + ("\n" if lines else ""))


main()
