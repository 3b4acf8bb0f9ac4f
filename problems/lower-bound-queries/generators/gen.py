"""Generator for lower-bound-queries: python3 gen.py SEED prints one test.

n = q = 200000. The shape depends on SEED % 6:
  0  random array and random queries over the full range
  1  heavy duplicates (values in [-5, 5]); queries hit the values exactly
  2  all elements equal; queries are that value and its neighbours
  3  queries outside the array's range (below the minimum / above the maximum)
  4  extremes: array and queries drawn from {-10^9, -10^9+1, 10^9-1, 10^9}
  5  distinct consecutive array; every query equals an element or element +- 1
"""
import sys
import random

LIM = 10 ** 9
N = 200000


def main():
    seed = int(sys.argv[1])
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
