"""Generator for sliding-window-max: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random values, k = n / 2 (the naive O(n*k) rescan does ~10^10 steps)
  1  strictly decreasing values, k = n / 2 (the deque holds k indices)
  2  random values, random k
  3  few distinct values (many equal maxima), k around n / 3
  4  increasing values, k = n / 2
  5  k = 1 or k = n
"""
import random
import sys

N = 200000
L = 10**9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = N
    if shape == 0:
        k = n // 2
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = n // 2 + r.randint(-10, 10)
        a = sorted(r.sample(range(-L, L), n), reverse=True)
    elif shape == 2:
        k = r.randint(1, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 3:
        k = n // 3 + r.randint(0, 100)
        vals = [r.randint(-L, L) for _ in range(3)]
        a = [r.choice(vals) for _ in range(n)]
    elif shape == 4:
        k = n // 2
        a = sorted(r.randint(-L, L) for _ in range(n))
    else:
        k = 1 if seed // 6 % 2 == 0 else n
        a = [r.randint(-L, L) for _ in range(n)]
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
