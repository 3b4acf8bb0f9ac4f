"""Generator for turn-image: python3 gen.py SEED prints one test (the grid as JSON).

The shape depends on SEED % 6:
  0  random side n in [1, 500]; full 32-bit values when n <= 350, else |v| < 10^5
  1  500 x 500, every pixel holds its row-major index (a misplaced pixel shows up)
  2  500 x 500, random values in [-9999, 9999] (the largest panel)
  3  499 x 499 (odd side: a centre pixel that must stay), values in [-99999, 99999]
  4  350 x 350 over the full 32-bit range, with the extremes sprinkled in
  5  500 x 500 two-colour bitmap: a few filled rectangles on a plain background
Values are kept short enough that the input stays under 2 MB.
"""
import json
import random
import sys

LO, HI = -2 ** 31, 2 ** 31 - 1


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6

    def square(n, val):
        return [[val(i, j) for j in range(n)] for i in range(n)]

    if shape == 0:
        n = r.randint(1, 500)
        if n <= 350:
            g = square(n, lambda i, j: r.randint(LO, HI))
        else:
            g = square(n, lambda i, j: r.randint(-99999, 99999))
    elif shape == 1:
        g = square(500, lambda i, j: i * 500 + j)
    elif shape == 2:
        g = square(500, lambda i, j: r.randint(-9999, 9999))
    elif shape == 3:
        g = square(499, lambda i, j: r.randint(-99999, 99999))
    elif shape == 4:
        g = square(350, lambda i, j: r.choice([LO, HI, 0, r.randint(LO, HI), r.randint(LO, HI)]))
    else:
        bg, fg = r.sample(range(0, 16), 2)
        g = square(500, lambda i, j: bg)
        for _ in range(r.randint(3, 8)):
            a, b = sorted(r.sample(range(500), 2))
            c, d = sorted(r.sample(range(500), 2))
            for i in range(a, b + 1):
                for j in range(c, d + 1):
                    g[i][j] = fg
    sys.stdout.write(json.dumps(g, separators=(",", ":")) + "\n")


main()
