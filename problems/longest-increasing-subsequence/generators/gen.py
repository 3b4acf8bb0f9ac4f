"""Generator for longest-increasing-subsequence: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  uniformly random over [-10^9, 10^9]
  1  non-decreasing with every value repeated 2-3 times (strictness matters)
  2  strictly increasing (the answer is n)
  3  random small values in [0, 1000] (many duplicates, answer ~1000)
  4  blocks: decreasing block starts, each block increasing (answer ~ sqrt)
  5  nearly sorted: increasing with 1% random swaps, some values equal
"""
import random
import sys

N = 200000
LIM = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = [r.randint(-LIM, LIM) for _ in range(N)]
    elif shape == 1:
        a = []
        v = -LIM
        while len(a) < N:
            a.extend([v] * r.randint(2, 3))
            v += r.randint(1, 5000)
        a = a[:N]
    elif shape == 2:
        start = r.randint(-LIM, LIM - 10 * N)
        a = sorted(r.sample(range(start, start + 10 * N), N))
    elif shape == 3:
        a = [r.randint(0, 1000) for _ in range(N)]
    elif shape == 4:
        b = r.randint(300, 600)
        a = []
        blk = 0
        while len(a) < N:
            base = LIM - blk * 2 * b
            a.extend(base - b + i for i in range(b))
            blk += 1
        a = a[:N]
    else:
        a = [i * 3 - 300000 + r.randint(0, 3) for i in range(N)]
        for _ in range(N // 100):
            i, j = r.randrange(N), r.randrange(N)
            a[i], a[j] = a[j], a[i]
    sys.stdout.write(f"{N}\n" + " ".join(map(str, a)) + "\n")


main()
