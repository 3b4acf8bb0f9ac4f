"""Generator for knapsack-01: python3 gen.py SEED prints one test.

Sizes always use n * W = 10^7 exactly. The shape depends on SEED % 6:
  0  n = 100, W = 100000, random weights in [1, 100000] and values
  1  n = 1000, W = 10000, light items (weights 1..100), values up to 10^9:
     most items fit, the answer is far beyond 32 bits
  2  n = 1000, W = 10000, value almost proportional to weight (hard for greedy)
  3  n = 100, W = 100000, weights close to W / 3, W / 2 (subset-sum-like)
  4  n = 200, W = 50000, random weights up to W, some heavier than W
  5  n = 1000, W = 10000, few distinct (weight, value) pairs, many duplicates
"""
import random
import sys


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        n, cap = 100, 100000
        items = [(r.randint(1, 100000), r.randint(1, 10 ** 9)) for _ in range(n)]
    elif shape == 1:
        n, cap = 1000, 10000
        items = [(r.randint(1, 100), r.randint(10 ** 8, 10 ** 9)) for _ in range(n)]
    elif shape == 2:
        n, cap = 1000, 10000
        items = []
        for _ in range(n):
            w = r.randint(500, 3000)
            items.append((w, w * 100000 + r.randint(0, 99999)))
    elif shape == 3:
        n, cap = 100, 100000
        items = []
        for _ in range(n):
            base = r.choice((cap // 3, cap // 2))
            w = base + r.randint(-300, 300)
            items.append((w, r.randint(10 ** 8, 10 ** 9)))
    elif shape == 4:
        n, cap = 200, 50000
        items = [(r.randint(1, 60000), r.randint(1, 10 ** 9)) for _ in range(n)]
    else:
        n, cap = 1000, 10000
        kinds = [(r.randint(1, 2000), r.randint(1, 10 ** 9)) for _ in range(8)]
        items = [r.choice(kinds) for _ in range(n)]
    sys.stdout.write(f"{n} {cap}\n" + "".join(f"{w} {v}\n" for w, v in items))


main()
