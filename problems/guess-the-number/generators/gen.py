"""Generator for guess-the-number: python3 gen.py SEED prints one test, "n x".

The shape depends on SEED % 5:
  0  n = 10^9, x uniform                               (the largest range)
  1  n uniform in [1, 10^9], x on a deepest path        (plain binary search uses the whole budget)
  2  n uniform in [1, 1000], x uniform                  (small ranges, small budgets)
  3  n = 2^k - 1 or 2^k, x on a deepest path            (where off-by-one searches need one more query)
  4  n close to 10^9, x within 5 of either end
"""
import random
import sys

MAXN = 10 ** 9


def deepest(rnd, n):
    """A hidden number that costs `lo..hi, mid = (lo + hi) // 2` binary search the
    most queries: bit_length(n) of them. Walk down, always into the side whose
    range is deeper (the depth of a range of size s is bit_length(s))."""
    lo, hi = 1, n
    while True:
        mid = (lo + hi) // 2
        left, right = (mid - lo).bit_length(), (hi - mid).bit_length()
        if left == right == 0:
            return mid
        if left > right or (left == right and rnd.random() < 0.5):
            hi = mid - 1
        else:
            lo = mid + 1


def main():
    seed = int(sys.argv[1])
    rnd = random.Random(seed)
    shape = seed % 5
    if shape == 0:
        n = MAXN
        x = rnd.randint(1, n)
    elif shape == 1:
        n = rnd.randint(1, MAXN)
        x = deepest(rnd, n)
    elif shape == 2:
        n = rnd.randint(1, 1000)
        x = rnd.randint(1, n)
    elif shape == 3:
        k = rnd.randint(2, 29)
        n = 2 ** k - rnd.randint(0, 1)
        x = deepest(rnd, n)
    else:
        n = rnd.randint(MAXN - 1000, MAXN)
        x = rnd.choice([rnd.randint(1, 5), rnd.randint(n - 4, n)])
    print(n, x)


main()
