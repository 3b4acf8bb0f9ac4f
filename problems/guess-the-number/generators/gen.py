"""Generator for guess-the-number: python3 gen.py SEED prints one test, "n x".

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] (small n are common) and x anywhere in 1..n, often at an
end or on a deepest path; in about 1 test of 5, n is drawn from the full range
[1, 10^9] instead (10^9, 2^k - 1, 2^k or uniform), so that long searches and
full budgets show. The same (SEED, N) always prints the same test.

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


def small(rnd, max_n):
    """One stress test: n <= max_n, or in about 1 of 5 from the full range."""
    if rnd.random() < 0.2:
        kind = rnd.randrange(4)
        if kind == 0:
            n = MAXN
        elif kind == 1:
            n = rnd.randint(1, MAXN)
        else:
            n = min(MAXN, 2 ** rnd.randint(1, 29) - (kind == 2))
    else:
        n = rnd.randint(1, max_n if rnd.random() < 0.5 else rnd.randint(1, max_n))
    pick = rnd.randrange(4)
    if pick == 0:
        x = rnd.randint(1, n)
    elif pick == 1:
        x = deepest(rnd, n)
    else:
        x = 1 if pick == 2 else n
    return f"{n} {x}\n"


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
