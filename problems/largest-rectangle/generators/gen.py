"""Generator for largest-rectangle: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random heights over the full range [0, 10^9]
  1  strictly increasing heights (the stack is never popped before the end),
     or strictly decreasing for some seeds
  2  all heights equal, near 10^9 (answer ~2*10^14: needs 64-bit; O(n^2) worst case)
  3  small heights in [0, 5]: long runs of equal bars, some zero gaps
  4  a valley / mountain: decreasing then increasing (or the reverse)
  5  mostly huge bars with a few random dips
"""
import sys
import random

N = 200000
H = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = N
    rnd = r.random
    if shape == 0:
        h = [int(rnd() * (H + 1)) for _ in range(n)]
    elif shape == 1:
        step = r.randint(1, 5000)
        start = r.randint(0, H - step * (n - 1))
        h = [start + i * step for i in range(n)]
        if seed % 4 == 1:
            h.reverse()
    elif shape == 2:
        v = H - r.randint(0, 10)
        h = [v] * n
    elif shape == 3:
        h = [int(rnd() * 6) for _ in range(n)]
    elif shape == 4:
        half = n // 2
        a = sorted((int(rnd() * (H + 1)) for _ in range(half)), reverse=True)
        b = sorted(int(rnd() * (H + 1)) for _ in range(n - half))
        h = a + b if seed % 4 == 0 else b + a
    else:
        h = [H - int(rnd() * 1000) for _ in range(n)]
        for _ in range(20):
            h[r.randrange(n)] = r.randint(0, H // 2)
    sys.stdout.write(f"{n}\n" + " ".join(map(str, h)) + "\n")


main()
