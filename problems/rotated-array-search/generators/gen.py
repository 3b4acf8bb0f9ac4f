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
"""
import random
import sys

N = 200000
Q = 200000
LIM = 10 ** 9


def main():
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
