"""Generator for merge-sorted-lists: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
