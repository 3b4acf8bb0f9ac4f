"""Generator for longest-increasing-subsequence: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  uniformly random over [-10^9, 10^9]
  1  non-decreasing with every value repeated 2-3 times (strictness matters)
  2  strictly increasing (the answer is n)
  3  random small values in [0, 1000] (many duplicates, answer ~1000)
  4  blocks: decreasing block starts, each block increasing (answer ~ sqrt)
  5  nearly sorted: increasing with 1% random swaps, some values equal

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N values in [-N, N] (many duplicates), sometimes sorted; in about 1
test of 5, values from the full range [-10^9, 10^9] with its ends.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys

N = 200000
LIM = 10 ** 9


def small(r, max_n):
    """One stress test with n <= max_n: values in [-max_n, max_n] (many
    duplicates), sometimes sorted; in about 1 test of 5, values from the full
    range [-10^9, 10^9] with its ends."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    if full:
        a = [r.choice((-LIM, LIM, r.randint(-LIM, LIM), r.randint(-LIM, LIM))) for _ in range(n)]
    else:
        lim = max(1, max_n)
        a = [r.randint(-lim, lim) for _ in range(n)]
    if r.random() < 0.15:
        a.sort(reverse=r.random() < 0.5)
    return f"{n}\n" + " ".join(map(str, a)) + "\n"


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
        a = [r.randint(-LIM, LIM) for _ in range(N)]
    elif shape == 1:
        a = []
        v = -LIM
        while len(a) < N:
            a.extend([v] * r.randint(2, 3))
            v += r.randint(1, 5000)
        a = a[:N]
    elif shape == 2:
        start = r.randint(-LIM, LIM - 10 * N)
        a = sorted(r.sample(range(start, start + 10 * N), N))
    elif shape == 3:
        a = [r.randint(0, 1000) for _ in range(N)]
    elif shape == 4:
        b = r.randint(300, 600)
        a = []
        blk = 0
        while len(a) < N:
            base = LIM - blk * 2 * b
            a.extend(base - b + i for i in range(b))
            blk += 1
        a = a[:N]
    else:
        a = [i * 3 - 300000 + r.randint(0, 3) for i in range(N)]
        for _ in range(N // 100):
            i, j = r.randrange(N), r.randrange(N)
            a[i], a[j] = a[j], a[i]
    sys.stdout.write(f"{N}\n" + " ".join(map(str, a)) + "\n")


main()
