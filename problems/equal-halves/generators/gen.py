"""Generator for equal-halves: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
