"""Generator for kth-largest-stream: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 5:
  0  random values in [-1e9, 1e9], random k
  1  strictly increasing values (every arrival enters the top k), k = n / 2
  2  few distinct values (heavy duplicates), random k
  3  k = 1 or k = n (extremes), random values
  4  decreasing values with k small (nothing new ever enters the top k)
"""
import random
import sys

N = 200000
L = 10**9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 5
    n = N
    if shape == 0:
        k = r.randint(1, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = n // 2
        start = r.randint(-L, -L + 1000)
        a = [start + 3 * i + r.randint(0, 2) for i in range(n)]
    elif shape == 2:
        k = r.randint(1, 1000)
        vals = [r.randint(-L, L) for _ in range(5)] + [-1]
        a = [r.choice(vals) for _ in range(n)]
    elif shape == 3:
        k = 1 if seed // 5 % 2 == 0 else n
        a = [r.randint(-L, L) for _ in range(n)]
    else:
        k = r.randint(1, 50)
        a = sorted((r.randint(-L, L) for _ in range(n)), reverse=True)
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
