"""Generator for sliding-median: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  random values in [-10^18, 10^18], k = n / 2 (even)
  1  values in [-5, 5] (heavy duplicates), k = n / 2 + 1 (odd)
  2  random values beyond the 32-bit range, k = 2 (lower median = minimum)
  3  increasing values, k = n / 2 - 2 (even)
  4  only values from {-10^18, -1, 0, 1, 10^18}, random large even k
  5  alternating huge positive and huge negative values, k = 60000 (even):
     the lower and upper medians differ by about 2 * 10^18
"""
import random
import sys

N = 200000
LIM = 10 ** 18


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = [r.randint(-LIM, LIM) for _ in range(N)]
        k = N // 2
    elif shape == 1:
        a = [r.randint(-5, 5) for _ in range(N)]
        k = N // 2 + 1
    elif shape == 2:
        a = [r.choice((1, -1)) * r.randint(2 ** 31, LIM) for _ in range(N)]
        k = 2
    elif shape == 3:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        k = N // 2 - 2
    elif shape == 4:
        a = [r.choice((-LIM, -1, 0, 1, LIM)) for _ in range(N)]
        k = 2 * r.randint(N // 5, N // 3)
    else:
        a = [(LIM - r.randint(0, 10 ** 9)) * (1 if i % 2 else -1) for i in range(N)]
        k = 60000
    sys.stdout.write(f"{N} {k}\n" + " ".join(map(str, a)) + "\n")


main()
