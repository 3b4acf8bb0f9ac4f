"""Generator for equal-halves: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, min(N, 200)] (short lists are common) with weights from a
small range (1..2, 1..3, 1..5 or 1..10, so that equal weights are frequent),
the total often nudged to be even. In about 1 test of 5 the weights come from
the full range [1, 100] instead, including 1 and 100. The same (SEED, N)
always prints the same test.

n = 200 unless noted. The shape depends on SEED % 8:
  0  random weights 1..100, one weight nudged so the total is even (a split
     almost surely exists)
  1  only even weights, with half of the total odd: no split, and no early
     success for a search
  2  m copies of 99 and 200 - m ones, m odd and > 101: the total is even but
     half of it falls between two multiples of 99 that the ones cannot bridge
  3  every weight equal (n even: yes)
  4  random weights 90..100 with an even total
  5  random weights 1..100 with an odd total (no)
  6  n = 199, every weight 100 (odd count of equal weights: no)
  7  a few heavy weights and many light ones, total even
"""
import json
import random
import sys

N = 200


def even_total(r, w, lo, hi):
    # change one weight by 1 (staying in [lo, hi]) when the total is odd
    if sum(w) % 2 == 1:
        i = r.randrange(len(w))
        w[i] = w[i] - 1 if w[i] > lo else w[i] + 1
        assert lo <= w[i] <= hi
    return w


def small(r, max_n):
    """One stress test: at most min(max_n, N) weights, small values (1 in 5 full)."""
    n = r.randint(1, r.randint(1, min(max_n, N)))
    if r.random() < 0.2:
        lo, hi = 1, 100
        pool = [1, 2, 99, 100, r.randint(1, 100), r.randint(1, 100)]
        w = [r.choice(pool) if r.random() < 0.5 else r.randint(1, 100) for _ in range(n)]
    else:
        lo, hi = 1, r.choice([2, 3, 5, 10])
        w = [r.randint(lo, hi) for _ in range(n)]
    if r.random() < 0.6:
        w = even_total(r, w, lo, 100)
    return json.dumps(w, separators=(",", ":")) + "\n"


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
    shape = seed % 8
    if shape == 0:
        w = even_total(r, [r.randint(1, 100) for _ in range(N)], 1, 100)
    elif shape == 1:
        w = [2 * r.randint(1, 50) for _ in range(N)]
        if sum(w) % 4 == 0:
            i = r.randrange(N)
            w[i] = w[i] - 2 if w[i] > 2 else w[i] + 2
        assert sum(w) % 4 == 2
    elif shape == 2:
        m = r.choice(range(103, 200, 2))
        w = [99] * m + [1] * (N - m)
    elif shape == 3:
        v = r.randint(1, 100)
        w = [v] * N
    elif shape == 4:
        w = even_total(r, [r.randint(90, 100) for _ in range(N)], 90, 100)
    elif shape == 5:
        w = [r.randint(1, 100) for _ in range(N)]
        if sum(w) % 2 == 0:
            i = r.randrange(N)
            w[i] = w[i] - 1 if w[i] > 1 else w[i] + 1
        assert sum(w) % 2 == 1
    elif shape == 6:
        w = [100] * (N - 1)
    else:
        w = [r.randint(95, 100) for _ in range(20)] + [r.randint(1, 5) for _ in range(N - 20)]
        w = even_total(r, w, 1, 100)
    r.shuffle(w)
    assert 1 <= len(w) <= N and all(1 <= x <= 100 for x in w)
    sys.stdout.write(json.dumps(w, separators=(",", ":")) + "\n")


main()
