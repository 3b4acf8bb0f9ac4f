"""Generator for merge-sorted-lists: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: two sorted lists of 0 to N nodes each (tiny and empty lists are
common), values usually in a small range such as [-N, N] (equal values inside
and across the lists); in about 1 test of 5 the values come from the full range
[-10^9, 10^9] with its extremes. The same SEED and N always print the same
test.

Two lines, each a JSON array (a sorted list). The shape depends on SEED % 8:
  0  both lists 50000 random values over the full range [-10^9, 10^9]
  1  both lists 50000 values from a tiny range (long runs of duplicates,
     many equal values across the two lists)
  2  every value of a is smaller than every value of b (a's tail meets b's head
     with an equal value)
  3  every value of b is smaller than every value of a
  4  strict alternation: a holds the even numbers, b the odd ones
  5  a empty, b 50000 values
  6  very unequal lengths: a has 1..20 nodes, b 50000; a's values spread over
     b's range and beyond both of its ends (b's leftover is long)
  7  all values equal (both lists), lengths 50000 and 49999
"""
import json
import random
import sys

N = 50000
LIM = 10 ** 9


def rand_sorted(r, n, lo, hi):
    return sorted(r.randint(lo, hi) for _ in range(n))


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
    top = min(max_n, N)
    if r.random() < 0.2:
        def value():
            return r.choice([-LIM, LIM, r.randint(-LIM, LIM)])
    else:
        v = r.choice([1, 3, max(1, max_n)])

        def value():
            return r.randint(-v, v)
    a = sorted(value() for _ in range(size(r, 0, top)))
    b = sorted(value() for _ in range(size(r, 0, top)))
    assert len(a) <= N and len(b) <= N
    return (json.dumps(a, separators=(",", ":")) + "\n"
            + json.dumps(b, separators=(",", ":")) + "\n")


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        a = rand_sorted(r, N, -LIM, LIM)
        b = rand_sorted(r, N, -LIM, LIM)
    elif shape == 1:
        a = rand_sorted(r, N, -3, 3)
        b = rand_sorted(r, N, -3, 3)
    elif shape == 2:
        a = rand_sorted(r, N, -LIM, 0)
        b = rand_sorted(r, N, 0, LIM)
        a[-1] = 0
        b[0] = 0
    elif shape == 3:
        a = rand_sorted(r, N, 1, LIM)
        b = rand_sorted(r, N, -LIM, 0)
    elif shape == 4:
        start = r.randint(-LIM // 2, LIM // 2) * 2 - 1
        a = [start + 1 + 2 * i for i in range(N)]
        b = [start + 2 * i for i in range(N)]
    elif shape == 5:
        a = []
        b = rand_sorted(r, N, -LIM, LIM)
    elif shape == 6:
        b = rand_sorted(r, N, -LIM // 2, LIM // 2)
        a = rand_sorted(r, r.randint(1, 20), -LIM, LIM)
        a[0] = -LIM
        a[-1] = LIM
    else:
        v = r.randint(-LIM, LIM)
        a = [v] * N
        b = [v] * (N - 1)
    sys.stdout.write(json.dumps(a, separators=(",", ":")) + "\n"
                     + json.dumps(b, separators=(",", ":")) + "\n")


main()
