"""Generator for target-sum-subarrays: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N (tiny lengths are common), numbers usually in a small range
such as [-3, 3] (many zeros, repeats and equal prefix sums) and a target that is
usually the sum of some stretch; in about 1 test of 5 the numbers come from the
full range [-10^4, 10^4] with its extremes, and the target may be +-10^9. The
same SEED and N always print the same test.

n = 100000. The shape depends on SEED % 8:
  0  every number 0, target 0: n(n+1)/2 = 5000050000 stretches (beyond 2^32)
  1  alternating c, -c, target 0: about 2.5 * 10^9 stretches (beyond 2^31)
  2  random numbers in [-10^4, 10^4], target the sum of a random stretch
  3  numbers in {-1, 0, 1}, small random target
  4  every number 10^4 (or -10^4), target +-10^9: only the whole array
  5  mostly zeros with a few non-zero numbers, target 0 or one of them
  6  random numbers in [-3, 3], target 0
  7  random positive numbers with a negative target, or all zeros with a
     non-zero target: the answer is 0
"""
import json
import random
import sys

N = 100000
V = 10 ** 4
T = 10 ** 9


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
        # full range: extremes next to random values
        a = [r.choice([-V, V, 0, r.randint(-V, V)]) for _ in range(n)]
        i = r.randrange(n)
        j = r.randrange(i, n)
        t = r.choice([sum(a[i:j + 1]), T, -T, r.randint(-T, T), sum(a)])
    else:
        v = min(V, r.choice([1, 2, 3, max(1, max_n)]))
        a = [r.randint(-v, v) for _ in range(n)]
        i = r.randrange(n)
        j = r.randrange(i, n)
        t = r.choice([sum(a[i:j + 1]), sum(a[i:j + 1]), 0, r.randint(-2 * v, 2 * v)])
    assert 1 <= n <= N and all(-V <= x <= V for x in a) and -T <= t <= T
    return json.dumps(a, separators=(",", ":")) + "\n" + str(t) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        a, t = [0] * N, 0
    elif shape == 1:
        c = r.randint(1, V)
        a, t = [c if i % 2 == 0 else -c for i in range(N)], 0
    elif shape == 2:
        a = [r.randint(-V, V) for _ in range(N)]
        i = r.randrange(N)
        j = r.randrange(i, min(N, i + 1000))
        t = sum(a[i:j + 1])
    elif shape == 3:
        a = [r.randint(-1, 1) for _ in range(N)]
        t = r.randint(-3, 3)
    elif shape == 4:
        sign = r.choice([1, -1])
        a, t = [sign * V] * N, sign * V * N
    elif shape == 5:
        a = [0] * N
        for _ in range(50):
            a[r.randrange(N)] = r.randint(-V, V)
        t = r.choice([0, a[r.randrange(N)], r.choice([x for x in a if x != 0] or [0])])
    elif shape == 6:
        a = [r.randint(-3, 3) for _ in range(N)]
        t = 0
    else:
        if seed % 16 == 7:
            a = [r.randint(1, V) for _ in range(N)]
            t = -r.randint(1, 10 ** 9)
        else:
            a = [0] * N
            t = r.choice([1, -1, 10 ** 9, -10 ** 9])
    assert len(a) == N and all(-V <= x <= V for x in a) and -10 ** 9 <= t <= 10 ** 9
    sys.stdout.write(json.dumps(a, separators=(",", ":")) + "\n" + str(t) + "\n")


main()
