"""Generator for settle-rocks: python3 gen.py SEED prints one test (the grid as JSON).

Every grid has m * n <= 400000 cells, so the input stays under about 1.7 MB.
The shape depends on SEED % 8:
  0  1000 x 400, the top 100 rows full of rocks, nothing else: the whole load
     falls 900 rows (one-row-per-pass simulations need ~900 passes)
  1  1000 x 400 random: about 30% rocks, 3% walls
  2  400 x 1000 random with many walls (about 20%) and 40% rocks
  3  1000 x 400 shelves: a wall row every ~50 rows with random gaps, rocks above
  4  632 x 632 almost all rocks, a few walls scattered
  5  1000 x 400, rocks only in the top row, sparse walls below
  6  1000 x 400, every column with its own rock and wall densities
  7  1000 x 400, an already settled grid (nothing moves)

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: m and n random in 1..min(N, 1000) (small ones more likely, m * n <= 400000),
cells drawn with random rock and wall densities, sometimes rocks only in the top rows,
sometimes an already settled grid. The same SEED and N always give the same test;
without --max-n the output is the one described above.
"""
import json
import random
import sys


def settle(g):
    m, n = len(g), len(g[0])
    land = [m - 1] * n
    for r in range(m - 1, -1, -1):
        row = g[r]
        for c in range(n):
            if row[c] == "*":
                land[c] = r - 1
            elif row[c] == "#":
                row[c] = "."
                g[land[c]][c] = "#"
                land[c] -= 1
    return g


def rand_grid(r, m, n, rock, wall):
    g = []
    for _ in range(m):
        row = []
        for _ in range(n):
            x = r.random()
            row.append("#" if x < rock else "*" if x < rock + wall else ".")
        g.append(row)
    return g


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
    """One stress test: an m x n grid with 1 <= m, n <= min(max_n, 1000)."""
    top = min(max_n, 1000)
    m = r.randint(1, r.randint(1, top))
    n = r.randint(1, r.randint(1, min(top, 400000 // m)))
    rock = r.random()
    wall = r.random() * (1 - rock)
    kind = r.randrange(5)
    if kind == 0:
        g = rand_grid(r, m, n, rock, 0.0)
        cut = r.randint(1, m)
        g = g[:cut] + rand_grid(r, m - cut, n, 0.0, wall)
    else:
        g = rand_grid(r, m, n, rock, wall)
        if kind == 1:
            g = settle(g)
    return json.dumps(g, separators=(",", ":")) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        g = [["#"] * 400 for _ in range(100)] + [["."] * 400 for _ in range(900)]
    elif shape == 1:
        g = rand_grid(r, 1000, 400, 0.30, 0.03)
    elif shape == 2:
        g = rand_grid(r, 400, 1000, 0.40, 0.20)
    elif shape == 3:
        g = rand_grid(r, 1000, 400, 0.25, 0.0)
        row = r.randint(20, 60)
        while row < 1000:
            gaps = r.random() * 0.5
            g[row] = ["." if r.random() < gaps else "*" for _ in range(400)]
            row += r.randint(30, 70)
    elif shape == 4:
        g = rand_grid(r, 632, 632, 0.97, 0.01)
    elif shape == 5:
        g = rand_grid(r, 1000, 400, 0.0, 0.002)
        g[0] = ["#"] * 400
    elif shape == 6:
        cols = []
        for _ in range(400):
            rock = r.random() * 0.8
            wall = r.random() * (1 - rock) * 0.3
            cols.append((rock, wall))
        g = []
        for _ in range(1000):
            row = []
            for c in range(400):
                rock, wall = cols[c]
                x = r.random()
                row.append("#" if x < rock else "*" if x < rock + wall else ".")
            g.append(row)
    else:
        g = settle(rand_grid(r, 1000, 400, 0.35, 0.05))
    sys.stdout.write(json.dumps(g, separators=(",", ":")) + "\n")


main()
