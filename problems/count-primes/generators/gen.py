"""Generator for count-primes: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
