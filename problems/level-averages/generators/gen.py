"""Generator for level-averages: python3 gen.py SEED prints one test.

Prints one line: the tree in level order (JSON, `null` for a missing child).
Every tree has n = 10000 nodes and at most 2000 levels. The shape depends on
SEED % 6:
  0  random tree (each node hangs from a random free child slot), values
     uniform over the whole range
  1  complete tree, values +-(2^31 - 1) with positives dominating (level sums
     far outside 32 bits)
  2  deep random tree: a zigzag spine of 2000 levels with the other nodes
     hung at random, values uniform
  3  random tree, every value 2^31 - 1 (each average is exactly 2^31 - 1)
  4  random tree, values in [-3, 3] (fractional averages, many near zero)
  5  broom: a chain of 1000 nodes, then a bushy random tree under its end,
     mostly negative values

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
a tree of 0..N nodes (random, a chain or complete) with values in [-N, N]
or [-3, 3]; in about 1 test of 5, values from the full range, often
+-(2^31 - 1) (level sums beyond 32 bits).
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys

N = 10000
MAX_LEVELS = 2000
BIG = 2 ** 31 - 1


class Tree:
    def __init__(self):
        self.val = []
        self.left = []
        self.right = []
        self.depth = []  # level of the node, the root is 0

    def add(self, parent, side):
        """Adds a node under `parent` (-1 for the root) on `side` ('L'/'R')."""
        v = len(self.val)
        self.val.append(0)
        self.left.append(-1)
        self.right.append(-1)
        self.depth.append(0 if parent < 0 else self.depth[parent] + 1)
        if parent >= 0:
            if side == "L":
                assert self.left[parent] == -1
                self.left[parent] = v
            else:
                assert self.right[parent] == -1
                self.right[parent] = v
        return v

    def grow_random(self, r, total, first=0):
        """Hangs nodes from uniformly chosen free child slots until `total`;
        only nodes numbered `first` or more (and new ones) offer slots."""
        slots = []
        for v in range(first, len(self.val)):
            if self.depth[v] + 1 < MAX_LEVELS:
                if self.left[v] == -1:
                    slots.append((v, "L"))
                if self.right[v] == -1:
                    slots.append((v, "R"))
        while len(self.val) < total:
            i = r.randrange(len(slots))
            slots[i], slots[-1] = slots[-1], slots[i]
            p, side = slots.pop()
            v = self.add(p, side)
            if self.depth[v] + 1 < MAX_LEVELS:
                slots.append((v, "L"))
                slots.append((v, "R"))

    def level_order(self):
        if not self.val:
            return "[]"
        out = []
        queue = [0]
        i = 0
        while i < len(queue):
            v = queue[i]
            i += 1
            if v < 0:
                out.append("null")
                continue
            out.append(str(self.val[v]))
            queue.append(self.left[v])
            queue.append(self.right[v])
        while out and out[-1] == "null":
            out.pop()
        return "[" + ",".join(out) + "]"


def small(r, max_n):
    """One stress test with at most max_n nodes (0 allowed: the empty tree):
    a random tree, a chain or a complete tree; values in [-max_n, max_n] (or
    [-3, 3]); in about 1 test of 5, values from the full range, often
    +-(2^31 - 1) (level sums beyond 32 bits)."""
    full = r.random() < 0.2
    n = 0 if r.random() < 0.05 else stress_size(r, 1, min(max_n, N))
    t = Tree()
    if n:
        t.add(-1, "")
        kind = r.randrange(4)
        if kind == 0:
            for _ in range(min(n, MAX_LEVELS) - 1):
                t.add(len(t.val) - 1, r.choice("LR"))
        elif kind == 1:
            for v in range(1, n):
                t.add((v - 1) // 2, "L" if v % 2 == 1 else "R")
        t.grow_random(r, n)
    lim = max(1, max_n) if r.random() < 0.7 else 3
    for v in range(len(t.val)):
        if full:
            t.val[v] = r.choice((BIG, -BIG, BIG, r.randint(-BIG, BIG)))
        else:
            t.val[v] = r.randint(-lim, lim)
    return t.level_order() + "\n"


def stress_size(r, lo, hi):
    """A size in [lo, max(lo, hi)], small sizes more likely than large ones."""
    hi = max(lo, hi)
    if r.random() < 0.5:
        return r.randint(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def stress_args():
    """(seed, max_n) from argv: SEED [--max-n N]; max_n is None without it."""
    args = sys.argv[1:]
    seed = int(args[0])
    max_n = None
    if "--max-n" in args[1:]:
        max_n = int(args[args.index("--max-n", 1) + 1])
        if max_n < 1:
            sys.exit("--max-n must be at least 1")
    return seed, max_n


def main():
    seed, max_n = stress_args()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    t = Tree()
    t.add(-1, "")
    if shape == 1:
        for v in range(1, N):
            t.add((v - 1) // 2, "L" if v % 2 == 1 else "R")
    elif shape == 2:
        for _ in range(MAX_LEVELS - 1):
            t.add(len(t.val) - 1, r.choice("LR"))
        t.grow_random(r, N)
    elif shape == 5:
        for _ in range(999):
            t.add(len(t.val) - 1, r.choice("LR"))
        t.grow_random(r, N, first=999)
    else:
        t.grow_random(r, N)
    assert len(t.val) == N and max(t.depth) < MAX_LEVELS
    for v in range(N):
        if shape == 1:
            t.val[v] = BIG if r.random() < 0.8 else -BIG
        elif shape == 3:
            t.val[v] = BIG
        elif shape == 4:
            t.val[v] = r.randint(-3, 3)
        elif shape == 5:
            t.val[v] = r.randint(-BIG, BIG // 4)
        else:
            t.val[v] = r.randint(-BIG, BIG)
    sys.stdout.write(t.level_order() + "\n")


main()
