"""Generator for single-number: python3 gen.py SEED prints one test.

n = 200001 (100000 pairs plus the lonely value). The shape depends on SEED % 5:
  0  random distinct values over the full range, shuffled
  1  the lonely value is the largest value (breaks "check pairs, forget the last")
  2  everything negative; the lonely value is -10^9
  3  values close to zero (|v| <= 100000) so the bits above 17 are mostly the sign
  4  pairs kept adjacent (not shuffled), lonely value placed at a random spot

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: an odd n random in 1..N (small n more likely; n = 1 when N < 3), distinct
values from -N..N for the pairs and the lonely value (in about 1 test of 5 from
-10^9..10^9 with the extremes likely), shuffled or with the pairs adjacent, the lonely
value often the smallest or the largest. The same SEED and N always give the same
test; without --max-n the output is the one described above.
"""
import sys
import random

LIM = 10 ** 9
PAIRS = 100000


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


def small(r, max_n):
    """One stress test with an odd n <= max_n (n = 1 when max_n < 3)."""
    most = (max_n - 1) // 2
    pairs = r.randint(0, r.randint(min(1, most), most))
    if r.random() < 0.2:
        vals = r.sample(range(-LIM, LIM + 1), pairs + 1)
        if r.random() < 0.6:
            extreme = r.choice((-LIM, LIM))
            if extreme not in vals:
                vals[r.randrange(pairs + 1)] = extreme
    else:
        vals = r.sample(range(-max_n, max_n + 1), pairs + 1)
    kind = r.randrange(4)
    if kind == 0:
        vals.sort()
    elif kind == 1:
        vals.sort(reverse=True)
    single = vals.pop()
    if r.random() < 0.5:
        a = vals + vals + [single]
        r.shuffle(a)
    else:
        a = []
        for v in vals:
            a += [v, v]
        a.insert(r.randint(0, len(a)), single)
    return f"{len(a)}\n" + " ".join(map(str, a)) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 5
    if shape == 0:
        vals = r.sample(range(-LIM, LIM + 1), PAIRS + 1)
        single = vals.pop()
    elif shape == 1:
        vals = r.sample(range(-LIM, LIM), PAIRS)
        single = LIM
    elif shape == 2:
        vals = r.sample(range(-LIM + 1, 0), PAIRS)
        single = -LIM
    elif shape == 3:
        single = -r.randint(1, 100000)
        vals = [v for v in r.sample(range(-100000, 100001), PAIRS + 1) if v != single][:PAIRS]
    else:
        vals = r.sample(range(-LIM, LIM + 1), PAIRS + 1)
        single = vals.pop()
    if shape == 4:
        a = []
        for v in vals:
            a.append(v)
            a.append(v)
        a.insert(r.randint(0, len(a)), single)
    else:
        a = vals + vals + [single]
        r.shuffle(a)
    sys.stdout.write(f"{len(a)}\n" + " ".join(map(str, a)) + "\n")


main()
