"""Generator for max-sum-window: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= k <= n <= N (tiny n is common) and values usually in a small
range such as [-N, N] (often all negative); in about 1 test of 5 the values come
from the full range [-10^9, 10^9], mostly near one extreme so that a window of
three or more values overflows 32 bits. The same SEED and N always print the
same test.

n = 200000. The shape depends on SEED % 6:
  0  random values in [-1e9, 1e9], random k
  1  all values in [-1e9, -1e9 + 1000] (answer about -k * 1e9), random k
  2  values near +1e9, k = n (answer about 2e14)
  3  k = 1, random values; the maximum is the last element
  4  small random noise with one strong block at the very end
  5  all values equal, k = n / 2
"""
import random
import sys

N = 200000
L = 10**9


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
    k = r.randint(1, n)
    if r.random() < 0.2:
        sign = r.choice([1, -1])
        a = [r.choice([sign * L, sign * (L - r.randint(0, 1000)), r.randint(-L, L)])
             for _ in range(n)]
    else:
        v = r.choice([1, 3, max(1, max_n)])
        lo = -v if r.random() < 0.7 else 0
        hi = v if r.random() < 0.7 else -1
        a = [r.randint(min(lo, hi), hi) for _ in range(n)]
    assert 1 <= k <= n <= N and all(-L <= x <= L for x in a)
    return f"{n} {k}\n{' '.join(map(str, a))}\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    n = N
    if shape == 0:
        k = r.randint(2, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = r.randint(3, n)
        a = [r.randint(-L, -L + 1000) for _ in range(n)]
    elif shape == 2:
        k = n
        a = [r.randint(L - 1000, L) for _ in range(n)]
    elif shape == 3:
        k = 1
        a = [r.randint(-L, L - 1) for _ in range(n)]
        a[-1] = L
    elif shape == 4:
        k = r.randint(1000, 50000)
        a = [r.randint(-1000, 1000) for _ in range(n)]
        for i in range(n - k, n):
            a[i] = r.randint(L // 2, L)
    else:
        k = n // 2
        v = r.choice([-L, L, 0, 7])
        a = [v] * n
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
