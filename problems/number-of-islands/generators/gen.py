"""Generator for number-of-islands: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= R, C <= N (tiny grids, single rows and columns are common; at
most 10^5 cells, so it stays fast) with random land of a random density (U
shapes, diagonal touches, single cells); in about 1 test of 5 the grid is all
land, all water, a checkerboard, or one of these with a few cells flipped.
The same SEED and N always print the same test.

R * C = 10^6 (or just below). The shape depends on SEED % 8:
  0  snake: full land rows joined alternately at the right and left end;
     one island of about 5*10^5 cells (deep recursion for a recursive DFS)
  1  checkerboard: 5*10^5 single-cell islands touching only at corners
  2  random land with density about 0.59 (large, irregular islands)
  3  random land with density 0.3 on a thin grid (1 x 10^6, 10^6 x 1 or 100 x 10^4)
  4  all land (one island) or all water (zero), with a lone cell flipped
  5  comb: land columns on every other column joined by the bottom row (one
     island with 500 upward prongs), plus random noise in the top rows
  6  spiral: one winding path of land from the border to the centre
  7  random land with density 0.5 on 1000 x 1000
"""
import random
import sys


def emit(grid):
    R = len(grid)
    C = len(grid[0])
    sys.stdout.write(f"{R} {C}\n" + "\n".join("".join(row) for row in grid) + "\n")


def rand_grid(r, R, C, p):
    return [["#" if r.random() < p else "." for _ in range(C)] for _ in range(R)]


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
    top = min(max_n, 10 ** 6)
    R = size(r, 1, top)
    C = size(r, 1, min(top, max(1, 10 ** 5 // R)))  # at most 10^5 cells: fast
    if r.random() < 0.2:
        kind = r.randrange(3)
        if kind == 2:
            off = r.randrange(2)
            g = [["#" if (i + j + off) % 2 == 0 else "." for j in range(C)] for i in range(R)]
        else:
            g = [["#" if kind == 0 else "."] * C for _ in range(R)]
        for _ in range(r.choice([0, 0, 1, 2])):
            i, j = r.randrange(R), r.randrange(C)
            g[i][j] = "." if g[i][j] == "#" else "#"
    else:
        g = rand_grid(r, R, C, r.choice([0.2, 0.4, 0.5, 0.6, 0.8]))
    assert 1 <= R <= max(1, max_n) and 1 <= C <= max(1, max_n) and R * C <= 10 ** 6
    return f"{R} {C}\n" + "".join("".join(row) + "\n" for row in g)


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    R = C = 1000
    if shape == 0:
        g = []
        for i in range(R):
            if i % 2 == 0:
                g.append(["#"] * C)
            else:
                row = ["."] * C
                row[C - 1 if i % 4 == 1 else 0] = "#"
                g.append(row)
    elif shape == 1:
        off = seed // 8 % 2
        g = [["#" if (i + j + off) % 2 == 0 else "." for j in range(C)] for i in range(R)]
    elif shape == 2:
        g = rand_grid(r, R, C, 0.59)
    elif shape == 3:
        R, C = [(1, 10**6), (10**6, 1), (100, 10**4)][seed // 8 % 3]
        if R == 1:
            g = [["#" if r.random() < 0.3 else "." for _ in range(C)]]
        else:
            g = rand_grid(r, R, C, 0.3)
    elif shape == 4:
        fill = "#" if seed // 8 % 2 == 0 else "."
        g = [[fill] * C for _ in range(R)]
        g[r.randrange(R)][r.randrange(C)] = "." if fill == "#" else "#"
    elif shape == 5:
        g = [["#" if j % 2 == 0 else "." for j in range(C)] for i in range(R)]
        g[R - 1] = ["#"] * C
        for i in range(0, 10):
            for j in range(C):
                if r.random() < 0.3:
                    g[i][j] = "#" if g[i][j] == "." else "."
    elif shape == 6:
        g = [["."] * C for _ in range(R)]
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        d = 0
        i = j = 0
        g[0][0] = "#"

        def free(a, b):
            return 0 <= a < R and 0 <= b < C and g[a][b] == "."

        def can(i, j, d):
            di, dj = dirs[d]
            ni, nj = i + di, j + dj
            if not free(ni, nj):
                return False
            # keep a one-cell gap to earlier parts of the path
            ai, aj = ni + di, nj + dj
            return not (0 <= ai < R and 0 <= aj < C and g[ai][aj] == "#")

        while True:
            if not can(i, j, d):
                d = (d + 1) % 4
                if not can(i, j, d):
                    break
            i += dirs[d][0]
            j += dirs[d][1]
            g[i][j] = "#"
    else:
        g = rand_grid(r, R, C, 0.5)
    emit(g)


main()
