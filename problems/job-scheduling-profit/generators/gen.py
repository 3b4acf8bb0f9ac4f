"""Generator for job-scheduling-profit: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random intervals over [0, 10^9] with random lengths and profits
  1  short jobs with large profits: many fit together, answer ~10^14
  2  tiny coordinate range [0, 2000]: many touching and identical intervals
  3  nested intervals around the centre plus random short jobs
  4  chains of touching jobs over a grid of boundaries, plus long jobs worth
     slightly more or less than the chain they cover
  5  all jobs identical except for the profit

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N jobs with times in [0, max(2, N)] (touching, nested and identical
jobs are common) and profits in [1, 2N]; in about 1 test of 5, profits up to
10^9 (sums beyond 32 bits) and often times from the full range [0, 10^9].
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys

N = 200000
T = 10 ** 9
P = 10 ** 9


def small(r, max_n):
    """One stress test with n <= max_n: times in a small range (so touching,
    nested and identical jobs are common) and small profits; in about 1 test
    of 5, profits from the full range (up to 10^9, sums beyond 32 bits) and
    often times from the full range [0, 10^9] with its ends."""
    full = r.random() < 0.2
    wide = full and r.random() < 0.5
    n = stress_size(r, 1, min(max_n, N))
    span = max(2, max_n)
    jobs = []
    for _ in range(n):
        if wide:
            s = r.choice((0, r.randint(0, T - 1), T - 1, T - r.randint(1, 5)))
            e = r.choice((T, r.randint(s + 1, T), s + 1, min(T, s + r.randint(1, 5))))
        else:
            s = r.randint(0, span - 1)
            e = min(span, s + r.randint(1, max(1, span // 2) if r.random() < 0.5 else 3))
        if full:
            p = r.choice((1, P, r.randint(1, P), P - r.randint(0, 5)))
        else:
            p = r.randint(1, 2 * max_n)
        jobs.append((s, e, p))
    return f"{n}\n" + "".join(f"{s} {e} {p}\n" for s, e, p in jobs)


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
    jobs = []
    if shape == 0:
        for _ in range(N):
            s = r.randint(0, T - 1)
            e = min(T, s + r.randint(1, T // 100))
            jobs.append((s, e, r.randint(1, P)))
    elif shape == 1:
        for _ in range(N):
            s = r.randint(0, T - 5000)
            jobs.append((s, s + r.randint(1, 5000), r.randint(P // 2, P)))
    elif shape == 2:
        for _ in range(N):
            s = r.randint(0, 1999)
            jobs.append((s, s + r.randint(1, 3), r.randint(1, P)))
    elif shape == 3:
        mid = T // 2
        for i in range(N // 2):
            d = r.randint(1, mid)
            jobs.append((mid - d, mid + d, r.randint(1, P)))
        for _ in range(N - N // 2):
            s = r.randint(0, T - 1000)
            jobs.append((s, s + r.randint(1, 1000), r.randint(1, 1000)))
    elif shape == 4:
        step = 5000
        slots = T // step
        while len(jobs) < N:
            k = r.randrange(slots - 10)
            length = r.randint(1, 10)
            chain = [(((k + i) * step), ((k + i + 1) * step), r.randint(1, P // 10))
                     for i in range(length)]
            jobs.extend(chain)
            total = sum(p for _, _, p in chain)
            jobs.append((k * step, (k + length) * step, total + r.choice((-1, 1))))
        jobs = jobs[:N]
    else:
        s = r.randint(0, T // 2)
        e = r.randint(s + 1, T)
        jobs = [(s, e, r.randint(1, P)) for _ in range(N)]
    r.shuffle(jobs)
    sys.stdout.write(f"{N}\n" + "".join(f"{s} {e} {p}\n" for s, e, p in jobs))


main()
