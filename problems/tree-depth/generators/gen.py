"""Generator for tree-depth: python3 gen.py SEED prints one test.

The shape depends on SEED % 6 (n = 200000, labels shuffled unless noted):
  0  random recursive tree (parent uniform among earlier nodes), shallow
  1  a single chain, shuffled labels (height n - 1)
  2  a chain with p_i = i + 1 (root is n - 1, every parent has a larger id)
  3  a star around a random root (height 1)
  4  broom: a chain of n/2 nodes with n/2 leaves hanging from its bottom
  5  deep random: parent is one of the 4 previous nodes (height about 0.4 n)
"""
import random
import sys


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = 200000
    par = [-1] * n  # in build order: par[v] < v
    shuffle = True
    if shape == 0:
        for v in range(1, n):
            par[v] = r.randrange(v)
    elif shape == 1:
        for v in range(1, n):
            par[v] = v - 1
    elif shape == 2:
        shuffle = False
        out = [i + 1 for i in range(n)]
        out[n - 1] = -1
    elif shape == 3:
        for v in range(1, n):
            par[v] = 0
    elif shape == 4:
        half = n // 2
        for v in range(1, half):
            par[v] = v - 1
        for v in range(half, n):
            par[v] = half - 1 - r.randrange(3)
    else:
        for v in range(1, n):
            par[v] = max(0, v - 1 - r.randrange(4))
    if shape != 2:
        perm = list(range(n))
        if shuffle:
            r.shuffle(perm)
        out = [0] * n
        for v in range(n):
            out[perm[v]] = -1 if par[v] < 0 else perm[par[v]]
    sys.stdout.write(f"{n}\n" + " ".join(map(str, out)) + "\n")


main()
