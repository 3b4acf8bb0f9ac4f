"""Generator for meeting-rooms: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N meetings (tiny n is common) with times usually in a small
range such as [0, 2N] (many equal starts and ends, meetings that touch end to
start, identical meetings); in about 1 test of 5 the times come from the full
range [0, 10^9] with its extremes. The same SEED and N always print the same
test.

The shape of the test depends on SEED % 6:
  0  random long meetings over the whole time range (large overlap)
  1  almost all meetings overlap each other (answer close to n)
  2  tiny time range, lots of equal start/end times
  3  identical blocks of meetings that touch end-to-start
  4  staircase [i*K, (i+n/2)*K): every end coincides with a later start
  5  short meetings spread over the whole range (small answer)
"""
import sys
import random

MAXT = 10 ** 9


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
    n = size(r, 1, min(max_n, 200000))
    ms = []
    if r.random() < 0.2:
        pts = sorted({0, 1, MAXT - 1, MAXT} | {r.randint(0, MAXT) for _ in range(3)})
        for _ in range(n):
            s, e = sorted(r.sample(pts, 2))
            ms.append((s, e))
    else:
        top = r.choice([2, 4, max(2, 2 * max_n)])
        for _ in range(n):
            if ms and r.random() < 0.15:
                ms.append(r.choice(ms))
                continue
            s = r.randint(0, top - 1)
            ms.append((s, r.randint(s + 1, min(top, s + r.choice([1, 2, top])))))
    assert 1 <= len(ms) <= 200000 and all(0 <= s < e <= MAXT for s, e in ms)
    return f"{len(ms)}\n" + "".join(f"{s} {e}\n" for s, e in ms)


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    n = 200000
    ms = []
    if shape == 0:
        for _ in range(n):
            s = r.randint(0, MAXT - 1)
            ms.append((s, r.randint(s + 1, MAXT)))
    elif shape == 1:
        for _ in range(n):
            ms.append((r.randint(0, 10 ** 5), r.randint(9 * 10 ** 8, MAXT)))
    elif shape == 2:
        for _ in range(n):
            s = r.randint(0, 49)
            ms.append((s, s + r.randint(1, 3)))
    elif shape == 3:
        groups = r.choice([50, 100, 200])
        per = n // groups
        length = MAXT // groups
        for g in range(groups):
            ms.extend([(g * length, (g + 1) * length)] * per)
    elif shape == 4:
        half = n // 2
        k = r.randint(1000, MAXT // (n + half))
        for i in range(n):
            ms.append((i * k, (i + half) * k))
    else:
        for _ in range(n):
            s = r.randint(0, MAXT - 1)
            ms.append((s, min(MAXT, s + r.randint(1, 10000))))
        # a few exact duplicates
        for _ in range(1000):
            ms[r.randrange(n)] = ms[r.randrange(n)]
    r.shuffle(ms)
    out = [str(len(ms))]
    out.extend(f"{s} {e}" for s, e in ms)
    sys.stdout.write("\n".join(out) + "\n")


main()
