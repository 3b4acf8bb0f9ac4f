"""Generator for count-inversions: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] (small n are common), values from a small range (0..1,
0..2, 0..n or 0..2N, so that equal values are frequent), in random, sorted,
reversed or nearly sorted order. In about 1 test of 5 the values come from the
full range [0, 10^9] instead, including 0 and 10^9. The same (SEED, N) always
prints the same test.

The shape of the test depends on SEED % 8:
  0  random values in [0, 10^9]                       (answer ~ n^2 / 4)
  1  strictly decreasing                               (answer n(n-1)/2, the maximum)
  2  non-decreasing with many repeated values          (answer 0)
  3  all values equal                                  (answer 0)
  4  only a few distinct values, random order         (most pairs are equal)
  5  exactly 2^31 inversions                           (one past the int32 range)
  6  exactly 2^32 + 7 inversions                       (wraps to 7 in 32 bits)
  7  non-increasing runs of duplicates with a few random swaps
"""
import sys
import random
from bisect import bisect_right
from itertools import repeat

N = 200000
MAXV = 10 ** 9


def count_inversions(a):
    runs = [[x] for x in a]
    total = 0
    while len(runs) > 1:
        nxt = []
        for i in range(0, len(runs) - 1, 2):
            left, right = runs[i], runs[i + 1]
            total += len(left) * len(right) - sum(map(bisect_right, repeat(left, len(right)), right))
            merged = left + right
            merged.sort()
            nxt.append(merged)
        if len(runs) % 2:
            nxt.append(runs[-1])
        runs = nxt
    return total


def exact(rnd, target):
    """n = N values with exactly `target` inversions.

    A random prefix A (values below MAXV/2) followed by a block B whose values
    are all larger, so no pair across A and B is an inversion. B is built from
    its Lehmer code so that it contributes exactly target - inv(A).
    """
    na = rnd.randint(60000, 80000)
    a = [rnd.randint(0, MAXV // 2) for _ in range(na)]
    k = target - count_inversions(a)
    m = N - na
    assert 0 <= k <= m * (m - 1) // 2
    # greedy Lehmer code: take the largest remaining value while k allows it,
    # then the k-th smallest remaining one, then the rest in increasing order
    b = []
    top = m
    i = 0
    while k >= m - 1 - i and i < m:
        k -= m - 1 - i
        b.append(top)
        top -= 1
        i += 1
    if i < m:
        pick = k + 1  # values 1..top remain; the (k+1)-th smallest has k smaller ones after it
        b.append(pick)
        b.extend(v for v in range(1, top + 1) if v != pick)
    step = (MAXV // 2) // (m + 1)
    return a + [MAXV // 2 + 1 + v * step for v in b]


def small(r, max_n):
    """One stress test: n <= max_n, small values (or 1 in 5 from the full range)."""
    n = r.randint(1, r.randint(1, max_n))
    if r.random() < 0.2:
        pool = [0, MAXV, MAXV - 1, 1] + [r.randint(0, MAXV) for _ in range(4)]
        a = [r.choice(pool) if r.random() < 0.5 else r.randint(0, MAXV) for _ in range(n)]
    else:
        hi = r.choice([1, 2, n, 2 * max_n])
        a = [r.randint(0, hi) for _ in range(n)]
    order = r.randrange(5)
    if order == 1:
        a.sort()
    elif order == 2:
        a.sort(reverse=True)
    elif order == 3 and n >= 2:
        a.sort()
        i, j = r.randrange(n), r.randrange(n)
        a[i], a[j] = a[j], a[i]
    return f"{n}\n" + " ".join(map(str, a)) + "\n"


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
    rnd = random.Random(seed)
    shape = seed % 8
    n = N
    if shape == 0:
        a = [rnd.randint(0, MAXV) for _ in range(n)]
    elif shape == 1:
        a = sorted(rnd.sample(range(MAXV + 1), n), reverse=True)
    elif shape == 2:
        a = sorted(rnd.randint(0, 1000) for _ in range(n))
    elif shape == 3:
        a = [rnd.choice([0, 1, MAXV, rnd.randint(0, MAXV)])] * n
    elif shape == 4:
        vals = [rnd.randint(0, MAXV) for _ in range(rnd.randint(2, 5))]
        a = [rnd.choice(vals) for _ in range(n)]
    elif shape == 5:
        a = exact(rnd, 2 ** 31)
    elif shape == 6:
        a = exact(rnd, 2 ** 32 + 7)
    else:
        a = []
        v = MAXV
        while len(a) < n:
            a.extend([v] * rnd.randint(1, 50))
            v -= rnd.randint(1, 1000)
        a = a[:n]
        for _ in range(100):
            i, j = rnd.randrange(n), rnd.randrange(n)
            a[i], a[j] = a[j], a[i]
    sys.stdout.write(f"{len(a)}\n" + " ".join(map(str, a)) + "\n")


main()
