"""Generator for turn-image: python3 gen.py SEED prints one test (the grid as JSON).

The shape depends on SEED % 6:
  0  random side n in [1, 500]; full 32-bit values when n <= 350, else |v| < 10^5
  1  500 x 500, every pixel holds its row-major index (a misplaced pixel shows up)
  2  500 x 500, random values in [-9999, 9999] (the largest panel)
  3  499 x 499 (odd side: a centre pixel that must stay), values in [-99999, 99999]
  4  350 x 350 over the full 32-bit range, with the extremes sprinkled in
  5  500 x 500 two-colour bitmap: a few filled rectangles on a plain background
Values are kept short enough that the input stays under 2 MB.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: a side 1 <= n <= min(N, 500) (tiny sides are common), values usually in a
small range such as [0, 1] or [-N, N] (many equal pixels); in about 1 test of 5
they come from the full 32-bit range with -2^31 and 2^31 - 1 sprinkled in. The
same SEED and N always print the same test.
"""
import json
import random
import sys

LO, HI = -2 ** 31, 2 ** 31 - 1


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
    n = size(r, 1, min(max_n, 500))
    if r.random() < 0.2:
        def val():
            return r.choice([LO, HI, 0, r.randint(LO, HI)])
    else:
        v = r.choice([1, 2, max_n])
        lo = r.choice([0, -v])

        def val():
            return r.randint(lo, v)
    g = [[val() for _ in range(n)] for _ in range(n)]
    return json.dumps(g, separators=(",", ":")) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
