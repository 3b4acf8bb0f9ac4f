"""Generator for probe-the-peak: python3 gen.py SEED prints one test (n, then a[1..n]).

The shape depends on SEED % 8; seeds below 8 (and shape 5) use the largest sizes,
seeds from 8 on a random small n.
  0  distinct values in random order                  (many peaks)
  1  strictly rising                                  (the only peak is n)
  2  strictly falling                                 (the only peak is 1)
  3  one mountain, its summit at a random position    (exactly one peak)
  4  one valley                                       (peaks only at both ends)
  5  falling, n = 2^k + 1                             (the most halving steps for that n)
  6  a range of mountains on disjoint value bands     (a few peaks, far apart)
  7  one mountain, summit next to an end (2 or n - 1) (a peak the search meets last)

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..N (small n more likely), distinct values from -N..N (in about
1 test of 5 from -10^9..10^9, often with both extremes), in one of the shapes random
order, rising, falling, one mountain, one valley, or a mountain with its summit next to
an end. The same SEED and N always give the same test; without --max-n the output is
the one described above.
"""
import sys
import random
from itertools import accumulate

MAXN = 10 ** 6
MAXV = 10 ** 9


def rising(rnd, n, wide=False):
    """n distinct increasing values: small steps keep the file short, wide ones reach 10^9."""
    top = (2 * MAXV) // n if wide else 4
    start = -MAXV if wide else rnd.randint(-1000, 1000)
    v = list(accumulate(rnd.choices(range(1, top + 1), k=n), initial=start))[1:]
    if wide:  # slide the values up by a random amount that keeps them <= 10^9
        shift = rnd.randint(0, MAXV - v[-1])
        v = [x + shift for x in v]
    return v


def mountain(rnd, v, p):
    """The values v (increasing) as one mountain with its summit at position p (1-based):
    the largest in the middle, a random subset rising to it, the rest falling after it."""
    rest = v[:-1]
    if p is None:
        side = rnd.choices((True, False), k=len(rest))
    else:
        side = [True] * (p - 1) + [False] * (len(rest) - p + 1)
    left = [x for x, s in zip(rest, side) if s]
    right = [x for x, s in zip(rest, side) if not s]
    right.reverse()
    return left + [v[-1]] + right


def stress_max_n():
    """The N of `--max-n N` (or `--max-n=N`), None without it."""
    args = sys.argv[2:]
    max_n = None
    i = 0
    while i < len(args):
        if args[i] == "--max-n" and i + 1 < len(args):
            max_n, i = args[i + 1], i + 2
        elif args[i].startswith("--max-n="):
            max_n, i = args[i][len("--max-n="):], i + 1
        else:
            sys.exit("usage: gen.py SEED [--max-n N]")
    if max_n is None:
        return None
    if not max_n.isdigit() or int(max_n) < 1:
        sys.exit("--max-n needs an integer N >= 1")
    return int(max_n)


def small(rnd, max_n):
    """One stress test with 1 <= n <= max_n distinct values."""
    n = rnd.randint(1, rnd.randint(1, max_n))
    if rnd.random() < 0.2:
        v = sorted(rnd.sample(range(-MAXV, MAXV + 1), n))
        if rnd.random() < 0.6:
            v[0] = -MAXV
        if rnd.random() < 0.6:
            v[-1] = MAXV
    else:
        v = sorted(rnd.sample(range(-max_n, max_n + 1), n))
    shape = rnd.randrange(6)
    if shape == 0:
        a = v[:]
        rnd.shuffle(a)
    elif shape == 1:
        a = v
    elif shape == 2:
        a = v[::-1]
    elif shape == 3:
        a = mountain(rnd, v, None)
    elif shape == 4 and n >= 3:
        a = [-x for x in mountain(rnd, v, rnd.randint(2, n - 1))]
    else:
        a = mountain(rnd, v, rnd.choice((min(2, n), max(1, n - 1))))
    return f"{n}\n" + " ".join(map(str, a)) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    rnd = random.Random(seed)
    shape = seed % 8
    n = MAXN if seed < 8 else rnd.randint(2, 5000)
    if shape == 0:
        a = rising(rnd, n, wide=True)
        rnd.shuffle(a)
    elif shape == 1:
        a = rising(rnd, n)
    elif shape == 2:
        a = rising(rnd, n)[::-1]
    elif shape == 3:
        a = mountain(rnd, rising(rnd, n), None)
    elif shape == 4:
        a = [-x for x in mountain(rnd, rising(rnd, n), rnd.randint(2, n - 1))]
    elif shape == 5:
        n = 2 ** (19 if seed < 8 else rnd.randint(5, 12)) + 1
        a = rising(rnd, n)[::-1]
    elif shape == 6:
        v = rising(rnd, n)
        # cut the positions into blocks, give each block a band of consecutive values
        # (bands in random order) and shape each block as a mountain
        cuts = sorted(rnd.sample(range(1, n), min(n - 1, rnd.randint(3, 40))))
        lengths = [b - a_ for a_, b in zip([0] + cuts, cuts + [n])]
        bands, at = [], 0
        for length in lengths:
            bands.append(v[at:at + length])
            at += length
        rnd.shuffle(bands)
        a = []
        for band in bands:
            a.extend(mountain(rnd, band, rnd.randint(1, len(band))))
    else:
        a = mountain(rnd, rising(rnd, n), rnd.choice((2, n - 1)))
    sys.stdout.write(f"{len(a)}\n" + " ".join(map(str, a)) + "\n")


main()
