"""Generator for knapsack-01: python3 gen.py SEED prints one test.

Sizes always use n * W = 10^7 exactly. The shape depends on SEED % 6:
  0  n = 100, W = 100000, random weights in [1, 100000] and values
  1  n = 1000, W = 10000, light items (weights 1..100), values up to 10^9:
     most items fit, the answer is far beyond 32 bits
  2  n = 1000, W = 10000, value almost proportional to weight (hard for greedy)
  3  n = 100, W = 100000, weights close to W / 3, W / 2 (subset-sum-like)
  4  n = 200, W = 50000, random weights up to W, some heavier than W
  5  n = 1000, W = 10000, few distinct (weight, value) pairs, many duplicates

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N items and capacity W <= N (n * W <= 10^7 still holds), weights in
[1, W + 2] and values in [1, 2N]; in about 1 test of 5, values up to 10^9
(totals beyond 32 bits) and weights that may be 1 or 100000.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys


def small(r, max_n):
    """One stress test with n <= max_n and W <= max_n (n * W <= 10^7 holds):
    weights around the capacity (some heavier than it), small values; in about
    1 test of 5, values from the full range (up to 10^9, totals beyond 32 bits)
    and weights that may be 1 or 100000."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, 1000))
    cap = stress_size(r, 1, min(max_n, 100000, 10 ** 7 // n))
    items = []
    for _ in range(n):
        w = r.randint(1, min(100000, cap + 2))
        if full:
            w = r.choice((w, w, 1, 100000))
            v = r.choice((1, 10 ** 9, r.randint(1, 10 ** 9), 10 ** 9 - r.randint(0, 5)))
        else:
            v = r.randint(1, 2 * max_n)
        items.append((w, v))
    return f"{n} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items)


def stress_size(r, lo, hi):
    """A size in [lo, max(lo, hi)], small sizes more likely than large ones."""
    hi = max(lo, hi)
    if r.random() < 0.5:
        return r.randint(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


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
    if shape == 0:
        n, cap = 100, 100000
        items = [(r.randint(1, 100000), r.randint(1, 10 ** 9)) for _ in range(n)]
    elif shape == 1:
        n, cap = 1000, 10000
        items = [(r.randint(1, 100), r.randint(10 ** 8, 10 ** 9)) for _ in range(n)]
    elif shape == 2:
        n, cap = 1000, 10000
        items = []
        for _ in range(n):
            w = r.randint(500, 3000)
            items.append((w, w * 100000 + r.randint(0, 99999)))
    elif shape == 3:
        n, cap = 100, 100000
        items = []
        for _ in range(n):
            base = r.choice((cap // 3, cap // 2))
            w = base + r.randint(-300, 300)
            items.append((w, r.randint(10 ** 8, 10 ** 9)))
    elif shape == 4:
        n, cap = 200, 50000
        items = [(r.randint(1, 60000), r.randint(1, 10 ** 9)) for _ in range(n)]
    else:
        n, cap = 1000, 10000
        kinds = [(r.randint(1, 2000), r.randint(1, 10 ** 9)) for _ in range(8)]
        items = [r.choice(kinds) for _ in range(n)]
    sys.stdout.write(f"{n} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items))


main()
