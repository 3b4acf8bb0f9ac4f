"""Generator for lower-bound-queries: python3 gen.py SEED prints one test.

n = q = 200000. The shape depends on SEED % 6:
  0  random array and random queries over the full range
  1  heavy duplicates (values in [-5, 5]); queries hit the values exactly
  2  all elements equal; queries are that value and its neighbours
  3  queries outside the array's range (below the minimum / above the maximum)
  4  extremes: array and queries drawn from {-10^9, -10^9+1, 10^9-1, 10^9}
  5  distinct consecutive array; every query equals an element or element +- 1

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n, q <= N, a sorted array of values in [-N, N] and queries that often equal
an element or are next to one; in about 1 test of 5, values from the full
range [-10^9, 10^9] with its ends.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import sys
import random

LIM = 10 ** 9
N = 200000


def small(r, max_n):
    """One stress test with n, q <= max_n: a sorted array of values in
    [-max_n, max_n] (many duplicates) and queries that often equal an element
    or are next to one; in about 1 test of 5, values from the full range
    [-10^9, 10^9] with its ends."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    q = stress_size(r, 1, min(max_n, N))
    if full:
        a = [r.choice((-LIM, LIM, r.randint(-LIM, LIM), -LIM + 1, LIM - 1)) for _ in range(n)]
        lo, hi = -LIM, LIM
    else:
        lim = max(1, max_n)
        a = [r.randint(-lim, lim) for _ in range(n)]
        lo, hi = -lim - 1, lim + 1
    a.sort()
    qs = []
    for _ in range(q):
        if r.random() < 0.6:
            x = r.choice(a) + r.randint(-1, 1)
        else:
            x = r.randint(lo, hi)
        qs.append(max(-LIM, min(LIM, x)))
    out = [f"{n} {q}", " ".join(map(str, a))]
    out.extend(map(str, qs))
    return "\n".join(out) + "\n"


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
    n = q = N
    if shape == 0:
        a = [r.randint(-LIM, LIM) for _ in range(n)]
        qs = [r.randint(-LIM, LIM) for _ in range(q)]
    elif shape == 1:
        a = [r.randint(-5, 5) for _ in range(n)]
        qs = [r.randint(-6, 6) for _ in range(q)]
    elif shape == 2:
        v = r.randint(-LIM + 1, LIM - 1)
        a = [v] * n
        qs = [v + r.randint(-1, 1) for _ in range(q)]
    elif shape == 3:
        a = [r.randint(-LIM // 2, LIM // 2) for _ in range(n)]
        qs = [r.choice((r.randint(-LIM, -LIM // 2), r.randint(LIM // 2 + 1, LIM))) for _ in range(q)]
    elif shape == 4:
        pool = (-LIM, -LIM + 1, LIM - 1, LIM)
        a = [r.choice(pool) for _ in range(n)]
        qs = [r.choice(pool) for _ in range(q)]
    else:
        start = r.randint(-LIM, LIM - n)
        a = list(range(start, start + n))
        qs = [r.choice(a) + r.randint(-1, 1) for _ in range(q)]
    a.sort()
    out = [f"{n} {q}", " ".join(map(str, a))]
    out.extend(map(str, qs))
    sys.stdout.write("\n".join(out) + "\n")


main()
