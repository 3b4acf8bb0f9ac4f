"""Generator for reverse-sublist: python3 gen.py SEED prints one test.

Three lines: the list as a JSON array, then left, then right. The shape depends
on SEED % 8 (n = 100000 unless noted):
  0  the whole list: left = 1, right = n
  1  almost the whole list: left = 2, right = n - 1
  2  left = 1, right = n - 1 (new head, and one node after the stretch)
  3  a wide stretch at random: left in [1, 100], right in [n - 100, n]
  4  random left <= right anywhere in the list
  5  left = right (nothing changes), values with many duplicates
  6  a short stretch at the very end: right = n, left = n - k for small k
  7  a smaller list (n random in [2, 1000]), random stretch starting at 1
Values are random over [-10^9, 10^9], except shape 5 (values in [-2, 2]).

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..N (small n more likely), values from -N..N (in about 1 test
of 5 from -10^9..10^9 with the extremes likely), and a stretch that is random, starts
at 1, ends at n, is the whole list, or is a single node. The same SEED and N always
give the same test; without --max-n the output is the one described above.
"""
import random
import sys

LIM = 10 ** 9


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
    """One stress test: a list of 1..max_n nodes and a stretch left..right."""
    n = r.randint(1, r.randint(1, max_n))
    if r.random() < 0.2:
        vals = [r.choice((-LIM, LIM, r.randint(-LIM, LIM))) for _ in range(n)]
    else:
        vals = [r.randint(-max_n, max_n) for _ in range(n)]
    kind = r.randrange(5)
    if kind == 0:
        left, right = 1, r.randint(1, n)
    elif kind == 1:
        left, right = r.randint(1, n), n
    elif kind == 2:
        left, right = 1, n
    elif kind == 3:
        left = right = r.randint(1, n)
    else:
        left, right = sorted((r.randint(1, n), r.randint(1, n)))
    return "[" + ",".join(map(str, vals)) + f"]\n{left}\n{right}\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    n = 100000
    if shape == 7:
        n = r.randint(2, 1000)
    if shape == 5:
        vals = [r.randint(-2, 2) for _ in range(n)]
    else:
        vals = [r.randint(-LIM, LIM) for _ in range(n)]
    if shape == 0:
        left, right = 1, n
    elif shape == 1:
        left, right = 2, n - 1
    elif shape == 2:
        left, right = 1, n - 1
    elif shape == 3:
        left, right = r.randint(1, 100), r.randint(n - 100, n)
    elif shape == 4:
        left, right = sorted((r.randint(1, n), r.randint(1, n)))
    elif shape == 5:
        left = right = r.randint(1, n)
    elif shape == 6:
        right = n
        left = n - r.randint(1, 5)
    else:
        left, right = 1, r.randint(1, n - 1)
    assert 1 <= left <= right <= n
    sys.stdout.write("[" + ",".join(map(str, vals)) + f"]\n{left}\n{right}\n")


main()
