"""Generator for network-delay: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N servers and 0 <= m <= N links (tiny graphs are common),
often a random tree or chain out of the source (now and then with a link
missing) plus random links (self-loops, parallel and reversed links), weights
usually small such as [1, 3] (ties); in about 1 test of 5 the weights come from
the full range [1, 10^9], mostly near 10^9, on a chain so that long paths
overflow 32 bits. The same SEED and N always print the same test.

n = m = 200000 (about). The shape depends on SEED % 6:
  0  random reachable graph: random tree out of the source plus random links
  1  one long chain of 10^9 links (answer ~2*10^14), links listed against the
     chain order: Bellman-Ford needs n - 1 rounds, 32-bit overflows
  2  like 0, but one random server has no incoming link: answer -1
  3  small weights (1..5) and many parallel/self links: lots of ties and
     outdated heap entries
  4  chain with "tempting" shortcuts: heavy direct links from the source that
     are slower than walking the chain of light links, listed in reverse order
  5  star out of the source plus a back-chain; the source is not server 1
"""
import sys
import random

N = 200000
W = 10 ** 9


def max_n_arg():
    """N from `--max-n N` after SEED, or None when it is not given."""
    rest = sys.argv[2:]
    if not rest:
        return None
    if len(rest) != 2 or rest[0] != "--max-n" or int(rest[1]) < 1:
        sys.exit("usage: gen.py SEED [--max-n N]   (N >= 1)")
    return int(rest[1])


def size(r, lo, hi):
    """A size in [lo, hi], small ones more likely."""
    hi = max(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def small(r, max_n):
    full = r.random() < 0.2
    top = min(max_n, N)
    n = size(r, 1, top)
    if full:
        # a long path of heavy links needs a few servers
        n = max(n, size(r, 1, top))
    m = size(r, 0, top)
    s = r.randint(1, n)
    if full:
        def weight():
            return r.choice([W, W, W - 1, 1, r.randint(1, W)])
    else:
        hi = r.choice([1, 3, max(1, max_n)])

        def weight():
            return r.randint(1, hi)
    edges = []
    if r.random() < (0.8 if full else 0.6):
        # a tree (or chain) out of the source, usually complete, then random
        # links; with heavy weights mostly a chain, whose far end is beyond 2^31
        if r.random() < 0.7:
            m = max(m, min(n - 1, top))
        order = [v for v in range(1, n + 1) if v != s]
        r.shuffle(order)
        order.insert(0, s)
        chain = r.random() < (0.8 if full else 0.5)
        for i in range(1, n):
            if len(edges) == m:
                break
            if r.random() < 0.1:
                continue
            u = order[i - 1] if chain else order[r.randrange(i)]
            edges.append((u, order[i], weight()))
    while len(edges) < m:
        edges.append((r.randint(1, n), r.randint(1, n), weight()))
    r.shuffle(edges)
    assert 1 <= s <= n <= N and len(edges) == m <= N
    return f"{n} {m} {s}\n" + "".join(f"{a} {b} {w}\n" for a, b, w in edges)


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    n = N
    s = 1
    edges = []
    if shape in (0, 2):
        s = r.randint(1, n)
        order = list(range(1, n + 1))
        r.shuffle(order)
        order.remove(s)
        order.insert(0, s)
        cut = r.randrange(1, n) if shape == 2 else None
        for i in range(1, n):
            if i == cut:
                continue
            lo = max(0, i - 50)
            edges.append((order[lo + int(r.random() * (i - lo))], order[i], int(r.random() * W) + 1))
        rnd = r.random
        banned = order[cut] if shape == 2 else 0
        while len(edges) < N:
            a, b = int(rnd() * n) + 1, int(rnd() * n) + 1
            if b == banned:
                continue
            edges.append((a, b, int(rnd() * W) + 1))
    elif shape == 1:
        s = r.randint(1, n)
        perm = list(range(1, n + 1))
        r.shuffle(perm)
        perm.remove(s)
        perm.insert(0, s)
        for i in range(n - 1, 0, -1):
            edges.append((perm[i - 1], perm[i], W - r.randint(0, 3)))
    elif shape == 3:
        n = 100000
        s = r.randint(1, n)
        order = list(range(1, n + 1))
        r.shuffle(order)
        order.remove(s)
        order.insert(0, s)
        for i in range(1, n):
            edges.append((order[r.randrange(i)], order[i], r.randint(1, 5)))
        while len(edges) < N:
            x = r.random()
            if x < 0.05:
                a = r.randint(1, n)
                edges.append((a, a, r.randint(1, 5)))
            elif x < 0.35:
                a, b, _ = edges[r.randrange(n - 1)]
                edges.append((a, b, r.randint(1, 5)))
            else:
                edges.append((r.randint(1, n), r.randint(1, n), r.randint(1, 5)))
    elif shape == 4:
        half = N // 2
        n = half + 1
        s = 1
        for i in range(1, n):
            edges.append((i, i + 1, r.randint(1, 10)))
        for v in range(3, n + 1, 2):
            edges.append((1, v, W))
        edges.reverse()
    else:
        s = r.randint(2, n)
        others = [v for v in range(1, n + 1) if v != s]
        for v in others[: n // 2]:
            edges.append((s, v, r.randint(1, W)))
        for i in range(n // 2, len(others)):
            edges.append((others[i - 1], others[i], r.randint(W // 2, W)))
        r.shuffle(edges)
    if shape in (0, 2, 3):
        r.shuffle(edges)
    edges = edges[:N]
    out = [f"{n} {len(edges)} {s}"]
    out.extend(f"{a} {b} {w}" for a, b, w in edges)
    sys.stdout.write("\n".join(out) + "\n")


main()
