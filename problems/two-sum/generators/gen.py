"""Max-size test generator for two-sum.

Usage: python3 generators/gen.py SEED   (prints one test on stdout)

The shape depends on SEED % 5:
  0 late-pair    exactly one valid pair, placed at the last two positions
  1 descending   exactly one valid pair, whole array sorted in decreasing order
  2 duplicates   values in [-50, 50], very many valid pairs
  3 extremes     values within 4*10^5 of +-10^9, the only pair sums to about +-2*10^9
  4 self-trap    target == 2 * a[0] with a[0] unique, only pair at the end

Uniqueness trick (shapes 0, 1, 3, 4): filler values are = 1 (mod 4), the pair
is p = 3 (mod 4) and q = 1 (mod 4), target = p + q = 0 (mod 4), and no filler
equals q. Two fillers sum to 2 (mod 4); p + filler = target only if the filler
is q; an even trap value x = target / 2 never pairs with an odd value.

Stress mode: python3 generators/gen.py SEED --max-n N prints one small random test
for `grind stress` instead: 2 <= n <= max(2, N) (tiny n are common), values usually
in a small range such as [-2, 2] or [-N, N] (many equal values and many valid
pairs), the target the sum of two random positions, so a pair always exists, and
often twice the first value (which must not pair with itself); in about 1 test of
5 the values come from the full range [-10^9, 10^9] with its extremes, so the
target can be +-2*10^9. The same SEED and N always print the same test.
"""
import random
import sys

N = 200_000
LIM = 10**9


def rand_mod4(rng, lo, hi, r):
    """Uniform value v in [lo, hi] with v % 4 == r."""
    first = lo + ((r - lo) % 4)
    return first + 4 * rng.randrange((hi - first) // 4 + 1)


def fillers(rng, count, avoid, lo=-LIM, hi=LIM):
    out = []
    while len(out) < count:
        v = rand_mod4(rng, lo, hi, 1)
        if v != avoid:
            out.append(v)
    return out


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
    n = size(r, 2, min(max_n, N))
    if r.random() < 0.2:
        a = [r.choice([-LIM, LIM, 0, r.randint(-LIM, LIM)]) for _ in range(n)]
    else:
        v = r.choice([1, 2, max_n])
        a = [r.randint(-v, v) for _ in range(n)]
    i, j = r.sample(range(n), 2)
    target = a[i] + a[j]
    if n >= 3 and r.random() < 0.3:
        # self-trap: target = 2 * a[0], the pair is elsewhere
        target = 2 * a[0]
        i, j = r.sample(range(1, n), 2)
        if -LIM <= target - a[i] <= LIM:
            a[j] = target - a[i]
        else:
            target = a[i] + a[j]
    assert 2 <= n <= N and all(-LIM <= x <= LIM for x in a) and -2 * LIM <= target <= 2 * LIM
    return f"{n} {target}\n{' '.join(map(str, a))}\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    rng = random.Random(seed)
    shape = seed % 5
    n = N

    if shape == 2:
        a = [rng.randint(-50, 50) for _ in range(n)]
        target = rng.randint(-60, 60)
        present = set(a)
        if not any((target - v) in present and (target - v != v or a.count(v) > 1) for v in present):
            i, j = rng.sample(range(n), 2)
            a[i] = rng.randint(max(-50, target - 50), min(50, target + 50))
            a[j] = target - a[i]
    elif shape == 3:
        if rng.random() < 0.5:
            lo, hi = LIM - 400_000, LIM
        else:
            lo, hi = -LIM, -LIM + 400_000
        p = rand_mod4(rng, lo, hi, 3)
        q = rand_mod4(rng, lo, hi, 1)
        target = p + q
        a = fillers(rng, n - 2, q, lo, hi)
        # half of the fillers move to the opposite extreme; -v + 2 and -v - 2
        # keep v = 1 (mod 4), and the sign is flipped so they can never equal q
        for k in range(0, n - 2, 2):
            a[k] = -a[k] + 2 if a[k] > 0 else -a[k] - 2
        i = rng.randrange(n // 2, n)
        j = rng.randrange(n // 2, n - 1)
        if j >= i:
            j += 1
        res = []
        it = iter(a)
        for k in range(n):
            res.append(p if k == i else q if k == j else next(it))
        a = res
    else:
        p = rand_mod4(rng, -LIM, LIM, 3)
        q = rand_mod4(rng, -LIM, LIM, 1)
        target = p + q
        if shape == 4:
            x = target // 2
            a = [x] + fillers(rng, n - 3, q)
        else:
            a = fillers(rng, n - 2, q)
        pair = [p, q]
        rng.shuffle(pair)
        a += pair
        if shape == 1:
            a.sort(reverse=True)

    assert len(a) == n and all(-LIM <= v <= LIM for v in a) and -2 * LIM <= target <= 2 * LIM
    sys.stdout.write(f"{n} {target}\n{' '.join(map(str, a))}\n")


main()
