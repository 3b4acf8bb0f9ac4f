"""Generator for merge-intervals: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N intervals (tiny n is common) with ends usually in a small
range such as [-N, N] (single points, identical, nested and touching
intervals); in about 1 test of 5 the ends come from the full range
[-10^9, 10^9] with its extremes. The same SEED and N always print the same
test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  short random intervals over [-10^9, 10^9] (mostly disjoint)
  1  disjoint intervals with gaps of exactly 1 between neighbours (nothing
     merges), shuffled
  2  a chain of intervals where each ends exactly where the next begins
     (everything merges into one), shuffled
  3  some long intervals with many short ones nested inside them, plus
     disjoint short ones (a block's end must be a maximum)
  4  long random intervals (few merged blocks)
  5  mixture: single points, duplicates, touching pairs, extreme ends
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
        pts = [-LIM, LIM, LIM - 1, -LIM + 1] + [r.randint(-LIM, LIM) for _ in range(3)]
    else:
        v = r.choice([2, 3, max(2, max_n)])
        pts = list(range(-v, v + 1))
    iv = []
    for _ in range(n):
        x = r.random()
        if iv and x < 0.15:
            iv.append(r.choice(iv))
        elif iv and x < 0.3:
            # starts exactly where an earlier one ends
            e = r.choice(iv)[1]
            iv.append((e, r.choice([p for p in pts if p >= e])))
        else:
            a, b = r.choice(pts), r.choice(pts)
            iv.append((min(a, b), max(a, b)))
    assert 1 <= len(iv) <= N and all(-LIM <= a <= b <= LIM for a, b in iv)
    return f"{len(iv)}\n" + "".join(f"{a} {b}\n" for a, b in iv)


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    iv = []
    if shape == 0:
        for _ in range(N):
            l = r.randint(-LIM, LIM - 5000)
            iv.append((l, l + r.randint(0, 5000)))
    elif shape == 1:
        cuts = sorted(r.sample(range(-LIM // 2, LIM // 2), N))
        # every cut point c stays uncovered: [.., c-1] and [c+1, ..]
        starts = [-LIM] + [c + 1 for c in cuts[:-1]]
        ends = [c - 1 for c in cuts]
        iv = [(s, e) for s, e in zip(starts, ends) if s <= e]
        while len(iv) < N:
            iv.append((cuts[-1] + 1 + len(iv), cuts[-1] + 1 + len(iv)))
        iv = iv[:N]
    elif shape == 2:
        pts = sorted(r.sample(range(-LIM, LIM + 1), N + 1))
        iv = [(pts[i], pts[i + 1]) for i in range(N)]
    elif shape == 3:
        big = 2000
        span = (2 * LIM) // big
        for b in range(big):
            lo = -LIM + b * span
            hi = lo + span // 2
            iv.append((lo, hi))
            for _ in range(40):
                x = r.randint(lo, hi - 10)
                iv.append((x, x + r.randint(0, 10)))
            for _ in range(N // big - 41):
                x = r.randint(hi + 2, lo + span - 20)
                iv.append((x, x + r.randint(0, 10)))
        while len(iv) < N:
            x = r.randint(-LIM, LIM - 1)
            iv.append((x, x))
    elif shape == 4:
        for _ in range(N):
            l = r.randint(-LIM, LIM)
            iv.append((l, min(LIM, l + r.randint(0, 10 ** 6))))
    else:
        iv.append((-LIM, -LIM))
        iv.append((LIM, LIM))
        while len(iv) < N:
            t = r.randrange(4)
            x = r.randint(-LIM + 100, LIM - 100)
            if t == 0:
                iv.append((x, x))
            elif t == 1:
                iv.append((x, x + 3))
                iv.append((x + 3, x + 7))
            elif t == 2 and len(iv) > 2:
                iv.append(iv[r.randrange(len(iv))])
            else:
                iv.append((x, x + r.randint(0, 50)))
        iv = iv[:N]
    r.shuffle(iv)
    assert len(iv) == N
    out = [str(N)] + [f"{a} {b}" for a, b in iv]
    sys.stdout.write("\n".join(out) + "\n")


main()
