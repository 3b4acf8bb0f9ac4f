"""Generator for missing-number: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N (tiny n is common), the missing ID often 0 or n, the
reports shuffled, ascending or descending. (The values are fixed by n, so there
is no separate full-range mode; 32-bit overflow needs n >= 46341.) The same
SEED and N always print the same test.

The shape depends on SEED % 5 (n = 200000 unless stated):
  0  random order, the missing ID is random
  1  random order, the missing ID is n (the largest)
  2  ascending order, the missing ID is 0
  3  descending order, the missing ID is random
  4  random n in [46341, 200000] (n*(n+1) overflows 32 bits), random order,
     missing ID near the middle
"""
import random
import sys


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
    n = size(r, 1, min(max_n, 200000))
    miss = r.choice([0, n, r.randint(0, n), r.randint(0, n)])
    a = [v for v in range(n + 1) if v != miss]
    x = r.random()
    if x < 0.15:
        a.reverse()
    elif x < 0.85:
        r.shuffle(a)
    assert len(a) == n
    return f"{n}\n{' '.join(map(str, a))}\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 5
    n = 200000
    if shape == 4:
        n = r.randint(46341, 200000)
    if shape == 1:
        miss = n
    elif shape == 2:
        miss = 0
    elif shape == 4:
        miss = n // 2 + r.randint(-100, 100)
    else:
        miss = r.randint(0, n)
    a = [v for v in range(n + 1) if v != miss]
    if shape == 3:
        a.reverse()
    elif shape != 2:
        r.shuffle(a)
    assert len(a) == n
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


main()
