"""Generator for zero-sum-triples: python3 gen.py SEED prints one test.

n = 3000. The shape depends on SEED % 8:
  0  random values in [-10^5, 10^5] (about 16000 triples)
  1  only odd values: three odd numbers never sum to 0, so the answer is
     empty, and a two-pointer scan does its full O(n^2) work
  2  random values in [-50, 50]: every value repeats about 30 times
  3  every value 0: the single triple [0, 0, 0]
  4  3000 distinct values from [-20000, 20000] (tens of thousands of triples)
  5  mostly negative values and a few positive ones
  6  only the five values -10^5, -5 * 10^4, 0, 5 * 10^4, 10^5
  7  1500 distinct values, each appearing exactly twice (triples [x, x, -2x])

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= min(N, 3000) (tiny arrays are common), values usually in a
small range such as [-2, 2] or [-N, N] (many repeated values, zeros and repeated
triples); in about 1 test of 5 they come from the full range [-10^5, 10^5], mostly
its extremes, 0 and the halves +-5 * 10^4. The same SEED and N always print the
same test.
"""
import json
import random
import sys

N = 3000
V = 10 ** 5


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
    n = size(r, 1, min(max_n, N))
    if r.random() < 0.2:
        pool = [-V, V, 0, -V // 2, V // 2, r.randint(-V, V)]
        a = [r.choice(pool) for _ in range(n)]
    else:
        v = r.choice([1, 2, 3, max_n])
        a = [r.randint(-v, v) for _ in range(n)]
    assert 1 <= len(a) <= N and all(-V <= x <= V for x in a)
    return json.dumps(a, separators=(",", ":")) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        a = [r.randint(-V, V) for _ in range(N)]
    elif shape == 1:
        a = [2 * r.randint(-V // 2, V // 2 - 1) + 1 for _ in range(N)]
    elif shape == 2:
        a = [r.randint(-50, 50) for _ in range(N)]
    elif shape == 3:
        a = [0] * N
    elif shape == 4:
        a = r.sample(range(-20000, 20001), N)
    elif shape == 5:
        k = r.randint(5, 30)
        a = [-r.randint(1, V) for _ in range(N - k)] + [r.randint(1, V) for _ in range(k)]
    elif shape == 6:
        a = [r.choice([-V, -V // 2, 0, V // 2, V]) for _ in range(N)]
    else:
        a = r.sample(range(-4000, 4001), N // 2) * 2
    r.shuffle(a)
    assert len(a) == N and all(-V <= x <= V for x in a)
    sys.stdout.write(json.dumps(a, separators=(",", ":")) + "\n")


main()
