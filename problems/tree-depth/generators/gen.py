"""Generator for tree-depth: python3 gen.py SEED prints one test.

The shape depends on SEED % 6 (n = 200000, labels shuffled unless noted):
  0  random recursive tree (parent uniform among earlier nodes), shallow
  1  a single chain, shuffled labels (height n - 1)
  2  a chain with p_i = i + 1 (root is n - 1, every parent has a larger id)
  3  a star around a random root (height 1)
  4  broom: a chain of n/2 nodes with n/2 leaves hanging from its bottom
  5  deep random: parent is one of the 4 previous nodes (height about 0.4 n)

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N (tiny n are common), a random tree of one of the shapes
above (random, chain, star, broom, deep) with shuffled labels, so parents often
have larger ids than their children. The same SEED and N always print the same
test.
"""
import random
import sys


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
    n = size(r, 1, min(max_n, 200000))
    shape = r.randrange(5)
    par = [-1] * n  # in build order: par[v] < v
    for v in range(1, n):
        if shape == 0:
            par[v] = r.randrange(v)
        elif shape == 1:
            par[v] = v - 1
        elif shape == 2:
            par[v] = 0
        elif shape == 3:
            half = max(1, n // 2)
            par[v] = v - 1 if v < half else max(0, half - 1 - r.randrange(3))
        else:
            par[v] = max(0, v - 1 - r.randrange(3))
    perm = list(range(n))
    if r.random() < 0.8:
        r.shuffle(perm)
    elif r.random() < 0.5:
        perm.reverse()  # every parent has a larger id than its child
    out = [0] * n
    for v in range(n):
        out[perm[v]] = -1 if par[v] < 0 else perm[par[v]]
    return f"{n}\n" + " ".join(map(str, out)) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    n = 200000
    par = [-1] * n  # in build order: par[v] < v
    shuffle = True
    if shape == 0:
        for v in range(1, n):
            par[v] = r.randrange(v)
    elif shape == 1:
        for v in range(1, n):
            par[v] = v - 1
    elif shape == 2:
        shuffle = False
        out = [i + 1 for i in range(n)]
        out[n - 1] = -1
    elif shape == 3:
        for v in range(1, n):
            par[v] = 0
    elif shape == 4:
        half = n // 2
        for v in range(1, half):
            par[v] = v - 1
        for v in range(half, n):
            par[v] = half - 1 - r.randrange(3)
    else:
        for v in range(1, n):
            par[v] = max(0, v - 1 - r.randrange(4))
    if shape != 2:
        perm = list(range(n))
        if shuffle:
            r.shuffle(perm)
        out = [0] * n
        for v in range(n):
            out[perm[v]] = -1 if par[v] < 0 else perm[par[v]]
    sys.stdout.write(f"{n}\n" + " ".join(map(str, out)) + "\n")


main()
