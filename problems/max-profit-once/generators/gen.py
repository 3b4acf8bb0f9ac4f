"""Generator for max-profit-once: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N days (tiny n is common) and prices usually in a small
range [1, 2N] (ties, equal days, falling runs); in about 1 test of 5 the prices
come from the full range [1, 10^9] with its extremes. The same SEED and N
always print the same test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  uniformly random prices in [1, 10^9]
  1  strictly decreasing prices (answer 0)
  2  global maximum early, global minimum late, a modest rise in between
     (max - min is wrong here)
  3  strictly increasing from 1 to near 10^9 (answer close to 10^9)
  4  random walk with small steps
  5  all prices equal (answer 0) except one small dip and recovery
"""
import random
import sys

N = 200000
MAXP = 10 ** 9


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
    n = size(r, 1, min(max_n, N))
    if r.random() < 0.2:
        p = [r.choice([1, MAXP, r.randint(1, MAXP)]) for _ in range(n)]
    else:
        hi = r.choice([2, 3, 2 * max_n])
        p = [r.randint(1, hi) for _ in range(n)]
        if r.random() < 0.25:
            p.sort(reverse=r.random() < 0.7)
    assert 1 <= n <= N and all(1 <= x <= MAXP for x in p)
    return f"{n}\n" + " ".join(map(str, p)) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        p = [r.randint(1, MAXP) for _ in range(N)]
    elif shape == 1:
        p = sorted(r.sample(range(1, MAXP + 1), N), reverse=True)
    elif shape == 2:
        p = [r.randint(4 * 10 ** 8, 6 * 10 ** 8) for _ in range(N)]
        p[r.randrange(10, 1000)] = MAXP
        p[r.randrange(N - 1000, N - 10)] = 1
    elif shape == 3:
        p = sorted(r.sample(range(1, MAXP + 1), N))
        p[0], p[-1] = 1, MAXP
    elif shape == 4:
        cur = r.randint(MAXP // 3, 2 * MAXP // 3)
        p = []
        for _ in range(N):
            cur = min(MAXP, max(1, cur + r.randint(-5000, 5000)))
            p.append(cur)
    else:
        v = r.randint(2, MAXP)
        p = [v] * N
        i = r.randrange(1, N - 1)
        p[i] = v - r.randint(1, v - 1)
    sys.stdout.write(f"{N}\n" + " ".join(map(str, p)) + "\n")


main()
