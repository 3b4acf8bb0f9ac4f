"""Generator for warehouse-routing: python3 gen.py SEED prints one test.

The shape of the test depends on SEED % 7:
  0  open floor with a few random shelves, S and T in opposite corners
  1  serpentine aisles: one long corridor snaking through the whole grid
  2  a single row of 10^6 cells, S at one end and T at the other
  3  a single column of 10^6 cells, S at one end and T at the other
  4  dense random shelves, random start, a handful of random targets
  5  no reachable target: targets sealed off by shelves, or no targets at all
  6  spiral corridor, S at one end of the spiral and T at the other

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= R, C <= N (tiny grids, single rows and single columns are common),
shelves with a random density from none to dense, S on a random cell and each
other free cell a target with a random probability (sometimes none at all, so -1
answers are frequent); in about 1 test of 5 the grid is a serpentine or spiral
corridor instead. The same SEED and N always print the same test.
"""
import sys
import random

DIMS = [(1000, 1000), (500, 2000), (2000, 500), (250, 4000)]


def spiral(g, R, C):
    """Carve a 1-wide spiral corridor starting at (0, 0); return its last cell."""
    DR = (0, 1, 0, -1)
    DC = (1, 0, -1, 0)
    r = c = 0
    d = 0
    g[0] = 46  # '.'

    def can(r, c, d):
        nr, nc = r + DR[d], c + DC[d]
        if not (0 <= nr < R and 0 <= nc < C) or g[nr * C + nc] != 35:
            return False
        ar, ac = nr + DR[d], nc + DC[d]
        return not (0 <= ar < R and 0 <= ac < C) or g[ar * C + ac] == 35

    while True:
        if not can(r, c, d):
            d = (d + 1) % 4
            if not can(r, c, d):
                return r, c
        r += DR[d]
        c += DC[d]
        g[r * C + c] = 46


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
    R = size(r, 1, min(max_n, 10 ** 6))
    C = r.randint(1, min(max_n, 10 ** 6 // R))
    if r.random() < 0.2:
        if r.random() < 0.5:
            g = bytearray(b"#" * (R * C))
            er, ec = spiral(g, R, C)
            ends = [0, er * C + ec]
        else:
            g = bytearray(b"." * (R * C))
            for row in range(1, R, 2):
                gap = C - 1 if (row // 2) % 2 == 0 else 0
                g[row * C:(row + 1) * C] = b"#" * C
                g[row * C + gap] = 46
            ends = [0, (R - 1) * C + (C - 1 if (R // 2) % 2 == 0 else 0)]
        r.shuffle(ends)
        g[ends[1]] = ord("T")
        g[ends[0]] = ord("S")  # one cell only: S wins, no target
    else:
        wall = r.choice([0, 0.1, 0.3, 0.5])
        target = r.choice([0, 0.05, 0.2, 0.5])
        g = bytearray(b"." * (R * C))
        for i in range(R * C):
            x = r.random()
            if x < wall:
                g[i] = 35
            elif r.random() < target:
                g[i] = ord("T")
        g[r.randrange(R * C)] = ord("S")
    lines = [bytes(g[i * C:(i + 1) * C]).decode() for i in range(R)]
    return f"{R} {C}\n" + "\n".join(lines) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    rnd = random.Random(seed)
    shape = seed % 7
    R, C = rnd.choice(DIMS)
    if shape == 0:
        g = bytearray(b"." * (R * C))
        for _ in range(R * C // 20):
            g[rnd.randrange(R * C)] = 35
        corners = [0, C - 1, (R - 1) * C, R * C - 1]
        s = rnd.choice(corners)
        t = R * C - 1 - s  # the opposite corner
        g[s] = ord("S")
        g[t] = ord("T")
        # keep the neighbours of S and T free so they are not trivially boxed in
        for p in (s, t):
            pr, pc = divmod(p, C)
            for nr, nc in ((pr + 1, pc), (pr - 1, pc), (pr, pc + 1), (pr, pc - 1)):
                if 0 <= nr < R and 0 <= nc < C and g[nr * C + nc] == 35:
                    g[nr * C + nc] = 46
    elif shape == 1:
        g = bytearray(b"." * (R * C))
        for row in range(1, R, 2):
            gap = C - 1 if (row // 2) % 2 == 0 else 0
            g[row * C:(row + 1) * C] = b"#" * C
            g[row * C + gap] = 46
        last = (R - 1) * C + (C - 1 if (R // 2) % 2 == 0 else 0)
        if rnd.random() < 0.5:
            g[0], g[last] = ord("S"), ord("T")
        else:
            g[0], g[last] = ord("T"), ord("S")
    elif shape in (2, 3):
        n = 10 ** 6
        g = bytearray(b"." * n)
        for _ in range(rnd.randint(0, 3)):
            g[rnd.randrange(1, n - 1)] = ord("T")  # a few extra targets in between
        g[0], g[n - 1] = ord("T"), ord("S")
        if rnd.random() < 0.5:
            g.reverse()
        R, C = (1, n) if shape == 2 else (n, 1)
    elif shape == 4:
        g = bytearray(b"." * (R * C))
        for i in range(R * C):
            if rnd.random() < 0.33:
                g[i] = 35
        for _ in range(rnd.randint(1, 20)):
            g[rnd.randrange(R * C)] = ord("T")
        g[rnd.randrange(R * C)] = ord("S")
    elif shape == 5:
        g = bytearray(b"." * (R * C))
        for _ in range(R * C // 10):
            g[rnd.randrange(R * C)] = 35
        s = rnd.randrange(R * C)
        g[s] = ord("S")
        sr, sc = divmod(s, C)
        # clear the shelves right next to S so it is not trivially stuck
        for nr, nc in ((sr + 1, sc), (sr - 1, sc), (sr, sc + 1), (sr, sc - 1)):
            if 0 <= nr < R and 0 <= nc < C and g[nr * C + nc] == 35:
                g[nr * C + nc] = 46
        if rnd.random() < 0.5:
            # targets sealed in 3x3 boxes of shelves (boxes never cover S)
            placed = 0
            while placed < 50:
                tr, tc = rnd.randrange(1, R - 1), rnd.randrange(1, C - 1)
                if abs(tr - sr) <= 1 and abs(tc - sc) <= 1:
                    continue
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        g[(tr + dr) * C + tc + dc] = 35
                g[tr * C + tc] = ord("T")
                placed += 1
    else:
        g = bytearray(b"#" * (R * C))
        er, ec = spiral(g, R, C)
        a, b = 0, er * C + ec
        if rnd.random() < 0.5:
            a, b = b, a
        g[a], g[b] = ord("S"), ord("T")
    out = sys.stdout.buffer
    out.write(f"{R} {C}\n".encode())
    out.write(b"\n".join(bytes(g[i * C:(i + 1) * C]) for i in range(R)))
    out.write(b"\n")


main()
