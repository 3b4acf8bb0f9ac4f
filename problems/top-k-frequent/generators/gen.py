"""Generator for top-k-frequent: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  values in [-1000, 1000] (many repeats, many ties), random k
  1  all values distinct over [-10^9, 10^9], k = n (every count ties)
  2  almost all distinct: a few hundred values repeated, k = d
  3  every value occurs exactly twice (10^5 distinct), k = d
  4  skewed frequencies (value i occurs about n / i times), values spread
     over [-10^9, 10^9], small k
  5  equal-count groups whose values first appear in decreasing order,
     shuffled within the group, k = d

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N (tiny n are common), values usually in a small range such
as [-2, 2] or [-N, N] (many repeats and ties), k random in [1, d]; in about 1
test of 5 the values are a few numbers from the full range [-10^9, 10^9] with its
extremes, each repeated. The same SEED and N always print the same test.
"""
import random
import sys

N = 200000
LIM = 10 ** 9


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
        pool = [-LIM, LIM, 0, -1, 1] + [r.randint(-LIM, LIM) for _ in range(3)]
        pool = r.sample(pool, r.randint(1, len(pool)))
    else:
        v = r.choice([1, 2, 3, max_n])
        pool = list(range(-v, v + 1))
    a = [r.choice(pool) for _ in range(n)]
    k = r.randint(1, len(set(a)))
    assert 1 <= n <= N and all(-LIM <= x <= LIM for x in a)
    return f"{n} {k}\n" + " ".join(map(str, a)) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = [r.randint(-1000, 1000) for _ in range(N)]
        k = r.randint(1, len(set(a)))
    elif shape == 1:
        a = r.sample(range(-LIM, LIM + 1), N)
        k = N
    elif shape == 2:
        base = r.sample(range(-LIM, LIM + 1), N - 2000)
        a = base + [r.choice(base[:300]) for _ in range(2000)]
        r.shuffle(a)
        k = len(set(a))
    elif shape == 3:
        base = r.sample(range(-LIM, LIM + 1), N // 2)
        a = base + base
        r.shuffle(a)
        k = N // 2
    elif shape == 4:
        vals = r.sample(range(-LIM, LIM + 1), 5000)
        a = []
        i = 1
        while len(a) < N:
            a.extend([vals[(i - 1) % len(vals)]] * max(1, (N // 8) // i))
            i += 1
        a = a[:N]
        r.shuffle(a)
        k = r.randint(1, 50)
    else:
        # groups of equal count: 4 values with count c for c = 1.. ; values of
        # a later group are smaller and appear later
        a = []
        vals = sorted(r.sample(range(-LIM, LIM + 1), 60000), reverse=True)
        vi = 0
        c = 1
        while len(a) < N and vi < len(vals):
            for _ in range(200):
                if vi >= len(vals):
                    break
                a.extend([vals[vi]] * c)
                vi += 1
            c = c % 5 + 1
        a = a[:N]
        k = len(set(a))
    sys.stdout.write(f"{len(a)} {k}\n" + " ".join(map(str, a)) + "\n")


main()
