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

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..min(N, 1000) (small n more likely), distinct weights from
1..2N (in about 1 test of 5 from 1..10^9, often with both extremes), ordered at random,
increasing, decreasing, organ pipe, or as the worst case of binary insertion, of
bottom-up or of top-down merge sort. The same SEED and N always give the same test;
without --max-n the output is the one described above.
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


def small(rnd, max_n):
    """One stress test with 1 <= n <= min(max_n, 1000) distinct weights."""
    n = rnd.randint(1, rnd.randint(1, min(max_n, 1000)))
    if rnd.random() < 0.2:
        vals = sorted(rnd.sample(range(1, MAXW + 1), n))
        if rnd.random() < 0.6:
            vals[0] = 1
        if rnd.random() < 0.6:
            vals[-1] = MAXW
    else:
        vals = sorted(rnd.sample(range(1, 2 * max_n + 1), n))
    shape = rnd.randrange(7)
    if shape == 0:
        order = list(range(1, n + 1))
        rnd.shuffle(order)
    elif shape == 1:
        order = list(range(1, n + 1))
    elif shape == 2:
        order = list(range(n, 0, -1))
    elif shape == 3:
        order = binary_insertion_adversary(rnd, n)
    elif shape == 4:
        order = merge_worst(rnd, bottom_up_tree(n), n)
    elif shape == 5:
        order = merge_worst(rnd, top_down_tree(1, n + 1), n)
    else:
        order = list(range(1, n + 1, 2)) + list(range(n - n % 2, 0, -2))
    w = [0] * (n + 1)
    for rank, idx in enumerate(order):
        w[idx] = vals[rank]
    return f"{n}\n" + " ".join(map(str, w[1:])) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.setrecursionlimit(10000)
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
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
