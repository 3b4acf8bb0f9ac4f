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

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: m and n random in 1..min(N, 500) (small ones more likely, often one side 1,
2 or 3), values from -N..N (in about 1 test of 5 from -10^9..10^9 with the extremes
likely). The same SEED and N always give the same test; without --max-n the output
is the one described above.
"""
import json
import random
import sys

B = 10 ** 9


def stress_max_n():
    """The N of `--max-n N` (or `--max-n=N`), None without it."""
    args = sys.argv[2:]
    max_n = None
    i = 0
    while i < len(args):
        if args[i] == "--max-n" and i + 1 < len(args):
            max_n, i = args[i + 1], i + 2
        elif args[i].startswith("--max-n="):
            max_n, i = args[i][len("--max-n="):], i + 1
        else:
            sys.exit("usage: gen.py SEED [--max-n N]")
    if max_n is None:
        return None
    if not max_n.isdigit() or int(max_n) < 1:
        sys.exit("--max-n needs an integer N >= 1")
    return int(max_n)


def small(r, max_n):
    """One stress test: an m x n grid with 1 <= m, n <= min(max_n, 500)."""
    top = min(max_n, 500)
    m = r.randint(1, r.randint(1, top))
    n = r.randint(1, r.randint(1, top))
    if r.random() < 0.3:
        side = min(top, r.randint(1, 3))
        if r.random() < 0.5:
            m = side
        else:
            n = side
    if r.random() < 0.2:
        val = lambda: r.choice((B, -B, r.randint(-B, B)))
    else:
        val = lambda: r.randint(-max_n, max_n)
    g = [[val() for _ in range(n)] for _ in range(m)]
    return json.dumps(g, separators=(",", ":")) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
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
