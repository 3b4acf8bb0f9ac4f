"""Generator for max-sum-window: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random values in [-1e9, 1e9], random k
  1  all values in [-1e9, -1e9 + 1000] (answer about -k * 1e9), random k
  2  values near +1e9, k = n (answer about 2e14)
  3  k = 1, random values; the maximum is the last element
  4  small random noise with one strong block at the very end
  5  all values equal, k = n / 2
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
        k = r.randint(2, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = r.randint(3, n)
        a = [r.randint(-L, -L + 1000) for _ in range(n)]
    elif shape == 2:
        k = n
        a = [r.randint(L - 1000, L) for _ in range(n)]
    elif shape == 3:
        k = 1
        a = [r.randint(-L, L - 1) for _ in range(n)]
        a[-1] = L
    elif shape == 4:
        k = r.randint(1000, 50000)
        a = [r.randint(-1000, 1000) for _ in range(n)]
        for i in range(n - k, n):
            a[i] = r.randint(L // 2, L)
    else:
        k = n // 2
        v = r.choice([-L, L, 0, 7])
        a = [v] * n
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
