"""Generator for merge-sorted-arrays: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 0 <= n, m <= N with n + m >= 1 (tiny and empty arrays are common),
values usually in a small range such as [-N, N] (equal values inside and
across the arrays); in about 1 test of 5 the values come from the full range
[-10^9, 10^9] with its extremes. The same SEED and N always print the same
test.

The shape depends on SEED % 6:
  0  random values over the full range, n = m = 200000
  1  every element of a is smaller than every element of b (b's tail is long)
  2  heavy duplicates: values in [-3, 3], many equal heads across the arrays
  3  one array empty, the other of maximal size
  4  extremes only (-10^9 and 10^9), sizes differ a lot
  5  perfectly interleaved: a gets the even ranks, b the odd ranks
"""
import sys
import random

LIM = 10 ** 9
N = 200000


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
    top = min(max_n, N)
    n = size(r, 0, top)
    m = size(r, 0, top)
    if n + m == 0:
        if r.random() < 0.5:
            n = 1
        else:
            m = 1
    if r.random() < 0.2:
        def value():
            return r.choice([-LIM, LIM, r.randint(-LIM, LIM)])
    else:
        v = r.choice([1, 3, max(1, max_n)])

        def value():
            return r.randint(-v, v)
    a = sorted(value() for _ in range(n))
    b = sorted(value() for _ in range(m))
    assert 0 <= n <= N and 0 <= m <= N and n + m >= 1
    out = [f"{len(a)} {len(b)}", " ".join(map(str, a)), " ".join(map(str, b))]
    return "\n".join(out) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        b = sorted(r.randint(-LIM, LIM) for _ in range(N))
    elif shape == 1:
        a = sorted(r.randint(-LIM, 0) for _ in range(N))
        b = sorted(r.randint(1, LIM) for _ in range(N))
        if r.random() < 0.5:
            a, b = b, a
    elif shape == 2:
        a = sorted(r.randint(-3, 3) for _ in range(N))
        b = sorted(r.randint(-3, 3) for _ in range(N))
    elif shape == 3:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        b = []
        if seed % 2:
            a, b = b, a
    elif shape == 4:
        a = sorted(r.choice((-LIM, LIM)) for _ in range(N))
        b = sorted(r.choice((-LIM, LIM)) for _ in range(r.randint(1, 10)))
    else:
        vals = sorted(r.sample(range(-LIM, LIM), 2 * N))
        a = vals[0::2]
        b = vals[1::2]
    out = [f"{len(a)} {len(b)}", " ".join(map(str, a)), " ".join(map(str, b))]
    sys.stdout.write("\n".join(out) + "\n")


main()
