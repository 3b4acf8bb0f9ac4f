"""Generator for climbing-stairs: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] (small n are common), k in [1, 3] distinct strides, mostly
from a small range (1..3, 1..5, or up to n + 2, so that strides larger than n
and the set {1, 2, 3} are frequent). In about 1 test of 5, n and the strides
come from the full range instead (n up to 10^6, strides up to 10^6, mixed with
small ones), so that 32-bit overflow shows. The same (SEED, N) always prints
the same test.

The shape depends on SEED % 4 (n close to 10^6):
  0  strides {1, 2, 3} in random order (the 32-bit overflow trap)
  1  three random small strides (1..20)
  2  two strides with a common divisor d and n not divisible by d -> 0,
     or n divisible by d
  3  one small stride plus one or two strides larger than n
"""
import random
import sys


def small(r, max_n):
    """One stress test: n <= max_n, or in about 1 of 5 from the full range."""
    k = r.randint(1, 3)
    if r.random() < 0.2:
        top = 10**6
        n = r.choice([top, top - 1, r.randint(1, top), r.randint(1, 1000)])
        pool = {1, 2, 3, top, top - 1, n, r.randint(1, top), r.randint(1, 20),
                r.randint(1, 20)}
        s = r.sample(sorted(pool), k)
    else:
        n = r.randint(1, r.randint(1, max_n))
        hi = r.choice([3, 3, 5, max(3, n + 2), max(3, 2 * max_n)])
        s = r.sample(range(1, hi + 1), k)
    return f"{n} {len(s)}\n{' '.join(map(str, s))}\n"


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
    shape = seed % 4
    n = 10**6 - r.randint(0, 1000)
    if shape == 0:
        s = [1, 2, 3]
        r.shuffle(s)
    elif shape == 1:
        s = r.sample(range(1, 21), 3)
    elif shape == 2:
        d = r.choice([2, 3, 5])
        s = [d * r.randint(1, 5), d * r.randint(6, 10)]
        if seed // 4 % 2 == 0:
            n -= n % d          # reachable
        elif n % d == 0:
            n -= 1              # unreachable
    else:
        s = [r.randint(1, 4)] + r.sample(range(n + 1, 10**6 + 1), r.randint(1, 2)) if n < 10**6 else [1]
        r.shuffle(s)
    sys.stdout.write(f"{n} {len(s)}\n{' '.join(map(str, s))}\n")


main()
