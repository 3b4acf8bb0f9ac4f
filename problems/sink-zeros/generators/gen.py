"""Generator for sink-zeros: python3 gen.py SEED prints one test (nums as JSON).

The shape depends on SEED % 6:
  0  random length in [1, 10^5], random share of zeros, values over the full range
  1  n = 10^5, about half of the values zero, at random places, full-range values
  2  n = 10^5, every value zero
  3  n = 10^5, no zero at all (negatives and positives, distinct, so order matters)
  4  n = 10^5, the first 60-90% are zeros, then distinct readings (long shifts)
  5  n = 10^5, zeros and non-zeros alternate, values +-1 .. +-10^9 and extremes
Input stays under ~1.2 MB.

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..N (small n more likely), each value zero with a random
probability, else from -N..N (in about 1 test of 5 from -10^9..10^9 with the extremes
likely). The same SEED and N always give the same test; without --max-n the output is
the one described above.
"""
import json
import random
import sys

N = 10 ** 5
B = 10 ** 9


def nonzero(r):
    v = r.randint(1, B)
    return v if r.random() < 0.5 else -v


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
    """One stress test: nums of length 1..max_n."""
    n = r.randint(1, r.randint(1, max_n))
    p = r.random()
    if r.random() < 0.2:
        value = lambda: r.choice((B, -B, nonzero(r)))
    else:
        value = lambda: r.randint(-max_n, max_n)
    nums = [0 if r.random() < p else value() for _ in range(n)]
    return json.dumps(nums, separators=(",", ":")) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        n = r.randint(1, N)
        p = r.random()
        nums = [0 if r.random() < p else nonzero(r) for _ in range(n)]
    elif shape == 1:
        nums = [0 if r.random() < 0.5 else nonzero(r) for _ in range(N)]
    elif shape == 2:
        nums = [0] * N
    elif shape == 3:
        nums = [v if r.random() < 0.5 else -v for v in r.sample(range(1, B + 1), N)]
    elif shape == 4:
        z = r.randint(N * 6 // 10, N * 9 // 10)
        nums = [0] * z + [nonzero(r) for _ in range(N - z)]
    else:
        nums = []
        for i in range(N):
            if i % 2 == (seed // 6) % 2:
                nums.append(0)
            else:
                nums.append(r.choice([B, -B, 1, -1, nonzero(r)]))
    sys.stdout.write(json.dumps(nums, separators=(",", ":")) + "\n")


main()
