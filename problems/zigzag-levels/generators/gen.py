"""Generator for zigzag-levels: python3 gen.py SEED prints one test.

Prints one line: the tree in level order (JSON, `null` for a missing child).
Every tree has n = 100000 nodes and at most 2000 levels. The shape depends on
SEED % 6:
  0  random tree (each node hangs from a random free child slot), values
     uniform over the 32-bit range
  1  complete tree, values 1..n in level order (any order mistake shows)
  2  bushy top and long tail: a complete tree of 98017 nodes (17 levels) and a
     chain of 1983 nodes, turning at random, under its last node, so there are
     2000 levels and most nodes are near the root (re-walking the tree from the
     root once per level costs about 2 * 10^8 steps)
  3  deep random tree: a zigzag spine of 2000 levels with the other nodes hung
     at random, values uniform
  4  random tree, values in [-5, 5] (duplicates and negatives)
  5  bushy top and long tail as in 2, the chain under the leftmost deepest node,
     negative values

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: a tree of 0 <= n <= N nodes (tiny and empty trees are common, and never
more than 2000 levels): random, a chain turning at random, or complete; values
usually in a small range such as [-2, 2] or [1, N] (duplicates); in about 1 test
of 5 they come from the full 32-bit range with -2^31 and 2^31 - 1 sprinkled in.
The same SEED and N always print the same test.
"""
import random
import sys

N = 100000
MAX_LEVELS = 2000
TOP = 98017  # complete part of shapes 2 and 5: 17 levels


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
    n = size(r, 0, min(max_n, N))
    t = Tree()
    if n == 0:
        return "[]\n"
    t.add(-1, "")
    shape = r.randrange(3)
    if shape == 1:
        while len(t.val) < n and t.depth[-1] + 1 < MAX_LEVELS:
            t.add(len(t.val) - 1, r.choice("LR"))
    elif shape == 2:
        for v in range(1, n):
            t.add((v - 1) // 2, "L" if v % 2 == 1 else "R")
    t.grow_random(r, n)
    assert len(t.val) == n and max(t.depth) < MAX_LEVELS
    lo, hi = -(2 ** 31), 2 ** 31 - 1
    if r.random() < 0.2:
        t.val = [r.choice([lo, hi, 0, r.randint(lo, hi)]) for _ in range(n)]
    else:
        v = r.choice([1, 2, max_n])
        base = r.choice([-v, 1])
        t.val = [r.randint(base, v) for _ in range(n)]
    return t.level_order() + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    t = Tree()
    t.add(-1, "")
    if shape in (1, 2, 5):
        top = N if shape == 1 else TOP
        for v in range(1, top):
            t.add((v - 1) // 2, "L" if v % 2 == 1 else "R")
        if shape != 1:
            deepest = max(t.depth)
            tip = top - 1 if shape == 2 else t.depth.index(deepest)
            while len(t.val) < N:
                tip = t.add(tip, r.choice("LR"))
    elif shape == 3:
        for _ in range(MAX_LEVELS - 1):
            t.add(len(t.val) - 1, r.choice("LR"))
        t.grow_random(r, N)
    else:
        t.grow_random(r, N)
    assert len(t.val) == N and max(t.depth) < MAX_LEVELS
    for v in range(N):
        if shape == 1:
            t.val[v] = v + 1
        elif shape == 4:
            t.val[v] = r.randint(-5, 5)
        elif shape == 5:
            t.val[v] = r.randint(-(2 ** 31), -1)
        else:
            t.val[v] = r.randint(-(2 ** 31), 2 ** 31 - 1)
    sys.stdout.write(t.level_order() + "\n")


main()
