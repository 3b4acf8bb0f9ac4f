"""Generator for critical-links: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
