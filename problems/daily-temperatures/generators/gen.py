"""Generator for daily-temperatures: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] (small n are common) with temperatures from a small range
(-1..1, -3..3 or -N..N, so that equal days are frequent): random, plateaus,
or a long non-increasing stretch before a warmer day (waits of up to n - 1
days). In about 1 test of 5 the temperatures come from the full range
[-10^9, 10^9] instead, including both extremes. The same (SEED, N) always
prints the same test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  uniformly random temperatures in [-10^9, 10^9]
  1  strictly decreasing from near 10^9 to near -10^9 (all answers 0)
  2  all temperatures equal (all answers 0; equal is not warmer)
  3  non-increasing with long plateaus, then one maximum on the last day
     (answer n - i for almost every day)
  4  small range [-100, 100], many repeats
  5  long falling runs separated by rising steps: answers of thousands of days
"""
import random
import sys

N = 200000
LIM = 10 ** 9


def small(r, max_n):
    """One stress test: n <= max_n days, small values (or 1 in 5 from the full range)."""
    n = r.randint(1, r.randint(1, max_n))
    if r.random() < 0.2:
        pool = [-LIM, LIM, LIM - 1, -LIM + 1, 0] + [r.randint(-LIM, LIM) for _ in range(3)]
        t = [r.choice(pool) if r.random() < 0.6 else r.randint(-LIM, LIM) for _ in range(n)]
    else:
        hi = r.choice([1, 3, max_n])
        t = [r.randint(-hi, hi) for _ in range(n)]
    shape = r.randrange(4)
    if shape == 1:
        # plateaus: repeat each value a few times
        t2 = []
        for x in t:
            t2.extend([x] * r.randint(1, 4))
        t = t2[:n]
    elif shape == 2 and n >= 2:
        # non-increasing for a long stretch, then a warmer day
        top = max(t)
        k = r.randint(1, n - 1)
        head = sorted(t[:k], reverse=True)
        t = head + [min(top + 1, LIM) if top < LIM else top] + t[k + 1:]
    return f"{n}\n" + " ".join(map(str, t)) + "\n"


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
        t = [r.randint(-LIM, LIM) for _ in range(N)]
    elif shape == 1:
        t = sorted(r.sample(range(-LIM, LIM + 1), N), reverse=True)
    elif shape == 2:
        t = [r.randint(-LIM, LIM)] * N
    elif shape == 3:
        t = sorted((r.randint(-LIM, LIM - 1) for _ in range(N - 1)), reverse=True)
        for i in range(0, N - 1, 50):  # plateaus
            t[i:i + 25] = [t[i]] * len(t[i:i + 25])
        t.append(LIM)
    elif shape == 4:
        t = [r.randint(-100, 100) for _ in range(N)]
    else:
        t = []
        base = -LIM
        while len(t) < N:
            run = r.randint(2000, 6000)
            top = base + r.randint(10 ** 6, 2 * 10 ** 6)
            t.extend(top - 2 * k for k in range(run))
            base = top - 10 ** 6 + 1
        t = t[:N]
    sys.stdout.write(f"{N}\n" + " ".join(map(str, t)) + "\n")


main()
