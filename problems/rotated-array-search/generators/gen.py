"""Generator for rotated-array-search: python3 gen.py SEED prints one test.

All tests have n = q = 200000. Array values are even, absent queries are odd
(or beyond the array's range), so presence is controlled exactly.
The shape depends on SEED % 5:
  0  random shift, half of the queries present, half absent
  1  shift 0 (plain sorted array), almost all queries absent
  2  shift 1 (the minimum is the last element), absent queries plus the
     extremes
  3  shift n - 1 (the maximum is the first element), queries present and
     stored near the end of the array
  4  values up to +-10^9, random shift, queries mostly absent, some present

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n and q random in 1..N (small ones more likely), distinct values from
-2N..2N (in about 1 test of 5 from -10^9..10^9 with the extremes likely), a shift
that is random, 0, 1 or n - 1, and queries that are present values, their
neighbours, or any value of the range. The same SEED and N always give the same test;
without --max-n the output is the one described above.
"""
import random
import sys

N = 200000
Q = 200000
LIM = 10 ** 9


def stress_max_n():
    """The N of `--max-n N` (or `--max-n=N`), None without it."""
    args = sys.argv[2:]
    max_n = None
    i = 0
    while i < len(args):
        if args[i] == "--max-n" and i + 1 < len(args):
            max_n, i = args[i + 1], i + 2
        elif args[i].startswith("--max-n="):
            max_n, i = args[i][len("--max-n="):], i + 1
        else:
            sys.exit("usage: gen.py SEED [--max-n N]")
    if max_n is None:
        return None
    if not max_n.isdigit() or int(max_n) < 1:
        sys.exit("--max-n needs an integer N >= 1")
    return int(max_n)


def small(r, max_n):
    """One stress test with 1 <= n, q <= max_n."""
    n = r.randint(1, r.randint(1, max_n))
    q = r.randint(1, r.randint(1, max_n))
    if r.random() < 0.2:
        lo, hi = -LIM, LIM
        b = sorted(r.sample(range(lo, hi + 1), n))
        if r.random() < 0.6:
            b[0] = lo
        if r.random() < 0.6:
            b[-1] = hi
    else:
        lo, hi = -2 * max_n, 2 * max_n
        b = sorted(r.sample(range(lo, hi + 1), n))
    s = r.choice((r.randrange(n), 0, 1 % n, n - 1))
    a = b[s:] + b[:s]
    qs = []
    for _ in range(q):
        kind = r.randrange(4)
        if kind <= 1:
            x = r.choice(a)
        elif kind == 2:
            x = min(hi, max(lo, r.choice(a) + r.choice((-1, 1))))
        else:
            x = r.choice((lo, hi, r.randint(lo, hi)))
        qs.append(x)
    return f"{n}\n" + " ".join(map(str, a)) + f"\n{q}\n" + "".join(f"{x}\n" for x in qs)


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 5
    lo_v = -LIM if shape == 4 else -LIM + 2
    b = sorted(2 * v for v in r.sample(range(lo_v // 2, (LIM - 2) // 2 + 1), N))
    if shape == 4:
        b[0], b[-1] = -LIM, LIM
    if shape == 0:
        s = r.randrange(N)
    elif shape == 1:
        s = 0
    elif shape == 2:
        s = 1
    elif shape == 3:
        s = N - 1
    else:
        s = r.randrange(N)
    a = b[s:] + b[:s]

    def absent():
        return 2 * r.randint(-LIM // 2, LIM // 2 - 1) + 1

    qs = []
    if shape == 0:
        for _ in range(Q):
            qs.append(r.choice(a) if r.random() < 0.5 else absent())
    elif shape == 1:
        qs = [absent() for _ in range(Q - 100)] + [r.choice(a) for _ in range(100)]
    elif shape == 2:
        qs = [absent() for _ in range(Q - 4)] + [-LIM, LIM, a[-1], a[0]]
    elif shape == 3:
        qs = [a[r.randrange(N - 2000, N)] for _ in range(Q - 2)] + [a[0], a[1]]
    else:
        qs = [absent() for _ in range(Q - 1000)] + [r.choice(a) for _ in range(1000)]
    r.shuffle(qs)
    out = [str(N), " ".join(map(str, a)), str(Q)]
    out.extend(map(str, qs))
    sys.stdout.write("\n".join(out) + "\n")


main()
