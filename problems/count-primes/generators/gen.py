"""Generator for count-primes: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [0, max(4, 2N)] (small n are common), often a prime or the
square of a prime (the inclusive bounds). In about 1 test of 5, n comes from
the full range [0, 10^7] instead (10^7, 9999991, the square of a prime near
sqrt(10^7), or uniform). The same (SEED, N) always prints the same test.

The shape depends on SEED % 5:
  0  n = 10^7 exactly
  1  n = 9999991, the largest prime not exceeding 10^7
  2  n = p*p for a prime p near sqrt(10^7) (tests the inclusive sieve bound)
  3  a random n in [9 * 10^6, 10^7]
  4  a random prime in [5 * 10^6, 10^7]
"""
import random
import sys


def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True


def small(r, max_n):
    """One stress test: n in [0, max(4, 2 max_n)], or in about 1 of 5 up to 10^7."""
    if r.random() < 0.2:
        kind = r.randrange(4)
        if kind == 0:
            n = r.choice([10 ** 7, 9999991])
        elif kind == 1:
            p = r.choice([p for p in range(3000, 3163) if is_prime(p)])
            n = p * p
        else:
            n = r.randint(0, 10 ** 7)
        return f"{n}\n"
    hi = max(4, 2 * max_n)
    n = r.randint(0, r.randint(0, hi))
    kind = r.randrange(4)
    if kind == 1:
        while n > 2 and not is_prime(n):
            n -= 1
    elif kind == 2:
        ps = [p for p in range(2, 101) if is_prime(p) and p * p <= hi]
        n = r.choice(ps) ** 2
    return f"{n}\n"


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
    shape = seed % 5
    if shape == 0:
        n = 10 ** 7
    elif shape == 1:
        n = 9999991
    elif shape == 2:
        ps = [p for p in range(2000, 3163) if is_prime(p)]
        p = r.choice(ps[-40:])
        n = p * p
    elif shape == 3:
        n = r.randint(9 * 10 ** 6, 10 ** 7)
    else:
        n = r.randint(5 * 10 ** 6, 10 ** 7)
        while not is_prime(n):
            n -= 1
    print(n)


main()
