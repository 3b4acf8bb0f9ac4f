"""Generator for rank-by-comparisons: python3 gen.py SEED prints one interactor input:
n, then the n distinct hidden weights w[1..n] (1..10^9).

The shape depends on SEED % 10 (n = 1000 unless said):
  0  random distinct weights from 1..10^9
  1  increasing with the index (a front-scanning insertion sort does n^2/2 queries)
  2  decreasing with the index
  3  adversary for binary insertion: every search takes a branch that needs the
     most comparisons, so a binary insertion sort uses exactly the budget
  4  worst case of bottom-up merge sort (8985 merge comparisons > the 8977 budget)
  5  worst case of top-down merge sort (exactly the budget)
  6  organ pipe: increasing to the middle, then decreasing
  7  increasing with a few random swaps
  8  the binary-insertion adversary of shape 3 at a random n in 500..999
  9  a random permutation of 1..n
"""
import random
import sys

MAXW = 10 ** 9


def weights_from_order(rnd, order, n):
    """Distinct random weights, given to the indices of `order` lightest first."""
    vals = sorted(rnd.sample(range(1, MAXW + 1), n))
    w = [0] * (n + 1)
    for rank, idx in enumerate(order):
        w[idx] = vals[rank]
    return w[1:]


def ceil_log2(k):
    return (k - 1).bit_length()


def binary_insertion_adversary(rnd, n):
    """The order that makes lo/hi binary insertion (mid = (lo + hi) // 2) take
    ceil(log2 k) comparisons to place the k-th stone: each reply keeps a side of
    the interval of insertion points that still needs one comparison fewer than
    the whole (the larger side always does; the smaller one sometimes, and then
    the side is picked at random so the order is not simply decreasing)."""
    s = [1]
    for i in range(2, n + 1):
        lo, hi = 0, len(s)
        while lo < hi:
            mid = (lo + hi) // 2
            need = ceil_log2(hi - lo + 1) - 1
            sides = []
            if ceil_log2(mid - lo + 1) == need:  # "<": points lo..mid remain
                sides.append("<")
            if ceil_log2(hi - mid) == need:  # ">": points mid+1..hi remain
                sides.append(">")
            if rnd.choice(sides) == "<":
                hi = mid
            else:
                lo = mid + 1
        s.insert(lo, i)
    return s


def merge_worst(rnd, tree, n):
    """Ranks so that every merge of `tree` costs len(left) + len(right) - 1: the two
    heaviest stones of each merge start in different runs. A tree is an index (a
    leaf) or a pair (left, right); returns the stones lightest first."""
    rank = {}

    def size(t):
        return 1 if isinstance(t, int) else size(t[0]) + size(t[1])

    def assign(t, ranks):  # ranks: ascending list of rank values for the stones of t
        if isinstance(t, int):
            rank[t] = ranks[0]
            return
        a = size(t[0])
        top, second, rest = ranks[-1], ranks[-2], ranks[:-2]
        rnd.shuffle(rest)
        assign(t[0], sorted(rest[:a - 1] + [top]))
        assign(t[1], sorted(rest[a - 1:] + [second]))

    assign(tree, list(range(n)))
    return sorted(range(1, n + 1), key=lambda i: rank[i])


def bottom_up_tree(n):
    runs = list(range(1, n + 1))
    while len(runs) > 1:
        nxt = [(runs[i], runs[i + 1]) for i in range(0, len(runs) - 1, 2)]
        if len(runs) % 2:
            nxt.append(runs[-1])
        runs = nxt
    return runs[0]


def top_down_tree(lo, hi):  # stones lo..hi-1, left half [lo, mid)
    if hi - lo == 1:
        return lo
    mid = (lo + hi) // 2
    return (top_down_tree(lo, mid), top_down_tree(mid, hi))


def main():
    seed = int(sys.argv[1])
    rnd = random.Random(seed)
    sys.setrecursionlimit(10000)
    shape = seed % 10
    n = 1000
    if shape == 0:
        w = rnd.sample(range(1, MAXW + 1), n)
    elif shape == 1:
        w = sorted(rnd.sample(range(1, MAXW + 1), n))
    elif shape == 2:
        w = sorted(rnd.sample(range(1, MAXW + 1), n), reverse=True)
    elif shape == 3:
        w = weights_from_order(rnd, binary_insertion_adversary(rnd, n), n)
    elif shape == 4:
        w = weights_from_order(rnd, merge_worst(rnd, bottom_up_tree(n), n), n)
    elif shape == 5:
        w = weights_from_order(rnd, merge_worst(rnd, top_down_tree(1, n + 1), n), n)
    elif shape == 6:
        vals = sorted(rnd.sample(range(1, MAXW + 1), n))
        w = vals[0::2] + vals[1::2][::-1]
    elif shape == 7:
        w = sorted(rnd.sample(range(1, MAXW + 1), n))
        for _ in range(10):
            i, j = rnd.randrange(n), rnd.randrange(n)
            w[i], w[j] = w[j], w[i]
    elif shape == 8:
        n = rnd.randint(500, 999)
        w = weights_from_order(rnd, binary_insertion_adversary(rnd, n), n)
    else:
        w = list(range(1, n + 1))
        rnd.shuffle(w)
    sys.stdout.write(f"{n}\n" + " ".join(map(str, w)) + "\n")


main()
