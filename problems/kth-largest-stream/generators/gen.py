"""Generator for kth-largest-stream: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 5:
  0  random values in [-1e9, 1e9], random k
  1  strictly increasing values (every arrival enters the top k), k = n / 2
  2  few distinct values (heavy duplicates), random k
  3  k = 1 or k = n (extremes), random values
  4  decreasing values with k small (nothing new ever enters the top k)

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N scores in [-N, N], k in [1, n] (often 1 or n); in about 1 test of
5, scores from the full range [-10^9, 10^9] with its ends and -1.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys

N = 200000
L = 10**9


def small(r, max_n):
    """One stress test with n <= max_n, k anywhere in [1, n] (often 1 or n),
    values in [-max_n, max_n] (many duplicates, often -1); in about 1 test of
    5, values from the full range [-10^9, 10^9] with its ends."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    k = r.choice((1, n, r.randint(1, n), r.randint(1, n)))
    if full:
        a = [r.choice((-L, L, -1, r.randint(-L, L), r.randint(-L, L))) for _ in range(n)]
    else:
        lim = max(1, max_n)
        a = [r.randint(-lim, lim) for _ in range(n)]
    return f"{n} {k}\n{' '.join(map(str, a))}\n"


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
    shape = seed % 5
    n = N
    if shape == 0:
        k = r.randint(1, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = n // 2
        start = r.randint(-L, -L + 1000)
        a = [start + 3 * i + r.randint(0, 2) for i in range(n)]
    elif shape == 2:
        k = r.randint(1, 1000)
        vals = [r.randint(-L, L) for _ in range(5)] + [-1]
        a = [r.choice(vals) for _ in range(n)]
    elif shape == 3:
        k = 1 if seed // 5 % 2 == 0 else n
        a = [r.randint(-L, L) for _ in range(n)]
    else:
        k = r.randint(1, 50)
        a = sorted((r.randint(-L, L) for _ in range(n)), reverse=True)
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
