"""Generator for merge-queues: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 0 <= k <= N lists holding 0 <= total <= N nodes split at random (empty
lists are common, also in front), values usually in a small range such as
[-N, N] (equal values inside and across lists); in about 1 test of 5 the values
come from the full range [-10^9, 10^9] with its extremes. The same SEED and N
always print the same test.

One line: a JSON array of k sorted lists (each a JSON array of values). The shape
depends on SEED % 6:
  1  k = 10^4 lists of exactly 10 nodes, values over the full range: folding the
     lists into the result one by one costs about 5 * 10^8 steps
  2  k = 10^4 lists, N = 10^5 nodes split at random (some lists empty), values
     in [-3, 3]: long runs of equal values inside and across lists
  3  k = 500 lists over disjoint value ranges, given from the highest range to the
     lowest, with equal values where two ranges meet
  4  k = 10^4, every value the same; about half of the lists empty (the first one
     always), N = 10^5
  5  very uneven lengths: one list of 90000 nodes at a random position and 9999
     lists sharing 10000 nodes (most of them 0, 1 or 2 nodes), full range
  0  k = 10^4, all lists empty except one of 10^5 nodes at a random position
"""
import json
import random
import sys

K = 10 ** 4
N = 10 ** 5
LIM = 10 ** 9


def rand_sorted(r, n, lo, hi):
    return sorted(r.randint(lo, hi) for _ in range(n))


def split(r, total, parts):
    """Random lengths >= 0 of `parts` lists summing to `total`."""
    cuts = sorted(r.randint(0, total) for _ in range(parts - 1))
    bounds = [0] + cuts + [total]
    return [bounds[i + 1] - bounds[i] for i in range(parts)]


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
    k = size(r, 0, min(max_n, K))
    total = size(r, 0, min(max_n, N)) if k else 0
    if r.random() < 0.2:
        def value():
            return r.choice([-LIM, LIM, r.randint(-LIM, LIM)])
    else:
        v = r.choice([1, 3, max(1, max_n)])

        def value():
            return r.randint(-v, v)
    lists = [sorted(value() for _ in range(n)) for n in split(r, total, k)] if k else []
    assert 0 <= len(lists) <= K and sum(map(len, lists)) == total <= N
    return json.dumps(lists, separators=(",", ":")) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    if shape == 1:
        lists = [rand_sorted(r, 10, -LIM, LIM) for _ in range(K)]
    elif shape == 2:
        lists = [rand_sorted(r, n, -3, 3) for n in split(r, N, K)]
    elif shape == 3:
        k = 500
        width = 2 * LIM // k
        lists = []
        for i in range(k):
            lo = LIM - (i + 1) * width
            hi = lo + width  # the next list (one range lower) may end at `lo`
            lists.append(rand_sorted(r, N // k, lo, hi))
            lists[-1][0] = lo
            lists[-1][-1] = hi
    elif shape == 4:
        v = r.randint(-LIM, LIM)
        nonempty = sorted(r.sample(range(1, K), K // 2))
        lengths = [0] * K
        for i, n in zip(nonempty, split(r, N - len(nonempty), len(nonempty))):
            lengths[i] = n + 1
        lists = [[v] * n for n in lengths]
    elif shape == 5:
        lists = [rand_sorted(r, n, -LIM, LIM) for n in split(r, N - 90000, K - 1)]
        big = rand_sorted(r, 90000, -LIM // 2, LIM // 2)
        lists.insert(r.randint(0, K - 1), big)
    else:
        lists = [[] for _ in range(K)]
        lists[r.randint(0, K - 1)] = rand_sorted(r, N, -LIM, LIM)
    sys.stdout.write(json.dumps(lists, separators=(",", ":")) + "\n")


main()
