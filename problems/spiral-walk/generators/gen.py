"""Generator for spiral-walk: python3 gen.py SEED prints one test (the grid as JSON).

The shape depends on SEED % 8:
  0  500 x 500, every cell holds its row-major index (a misplaced step shows up)
  1  500 x 500, random values in [-9999, 9999] (the largest grid)
  2  400 x 320, random values over the full range [-10^9, 10^9]
  3  1 x 500 or 500 x 1 (a single line), extreme values
  4  2 x 500 or 500 x 2 (two rows / two columns: the way back is one step wide)
  5  3 x 499 or 499 x 3 (odd short side: a middle line is left over)
  6  499 x 500 or 500 x 499, every value equal (a short value)
  7  random sides in [1, 500], the grid kept within 120000 cells, values random
Values are kept short enough that the input stays under 2 MB.
"""
import json
import random
import sys

B = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    flip = r.random() < 0.5

    def grid(m, n, val):
        return [[val(i, j) for j in range(n)] for i in range(m)]

    if shape == 0:
        g = grid(500, 500, lambda i, j: i * 500 + j)
    elif shape == 1:
        g = grid(500, 500, lambda i, j: r.randint(-9999, 9999))
    elif shape == 2:
        g = grid(400, 320, lambda i, j: r.randint(-B, B))
        if flip:
            g = [list(col) for col in zip(*g)]
    elif shape == 3:
        pick = lambda i, j: r.choice([B, -B, r.randint(-B, B)])
        g = grid(500, 1, pick) if flip else grid(1, 500, pick)
    elif shape == 4:
        pick = lambda i, j: r.randint(-B, B)
        g = grid(500, 2, pick) if flip else grid(2, 500, pick)
    elif shape == 5:
        pick = lambda i, j: i * 1000 + j
        g = grid(499, 3, pick) if flip else grid(3, 499, pick)
    elif shape == 6:
        v = r.randint(-99, 99)
        g = grid(499, 500, lambda i, j: v) if flip else grid(500, 499, lambda i, j: v)
    else:
        m = r.randint(1, 500)
        n = r.randint(1, min(500, 120000 // m))
        g = grid(m, n, lambda i, j: r.randint(-B, B))
    sys.stdout.write(json.dumps(g, separators=(",", ":")) + "\n")


main()
