"""Generator for sliding-window-max: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random values, k = n / 2 (the naive O(n*k) rescan does ~10^10 steps)
  1  strictly decreasing values, k = n / 2 (the deque holds k indices)
  2  random values, random k
  3  few distinct values (many equal maxima), k around n / 3
  4  increasing values, k = n / 2
  5  k = 1 or k = n

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..N (small n more likely), k random in 1..n (often 1, 2 or n),
values from -N..N or from a few distinct values (in about 1 test of 5 from
-10^9..10^9 with the extremes likely), sometimes sorted either way. The same SEED and
N always give the same test; without --max-n the output is the one described above.
"""
import random
import sys

N = 200000
L = 10**9


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
    """One stress test with 1 <= k <= n <= max_n."""
    n = r.randint(1, r.randint(1, max_n))
    kind = r.randrange(4)
    if kind == 0:
        k = min(n, r.choice((1, 2)))
    elif kind == 1:
        k = n
    else:
        k = r.randint(1, n)
    if r.random() < 0.2:
        value = lambda: r.choice((-L, L, r.randint(-L, L)))
    elif r.random() < 0.3:
        few = [r.randint(-max_n, max_n) for _ in range(r.randint(1, 3))]
        value = lambda: r.choice(few)
    else:
        value = lambda: r.randint(-max_n, max_n)
    a = [value() for _ in range(n)]
    order = r.randrange(6)
    if order == 0:
        a.sort()
    elif order == 1:
        a.sort(reverse=True)
    return f"{n} {k}\n" + " ".join(map(str, a)) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = N
    if shape == 0:
        k = n // 2
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 1:
        k = n // 2 + r.randint(-10, 10)
        a = sorted(r.sample(range(-L, L), n), reverse=True)
    elif shape == 2:
        k = r.randint(1, n)
        a = [r.randint(-L, L) for _ in range(n)]
    elif shape == 3:
        k = n // 3 + r.randint(0, 100)
        vals = [r.randint(-L, L) for _ in range(3)]
        a = [r.choice(vals) for _ in range(n)]
    elif shape == 4:
        k = n // 2
        a = sorted(r.randint(-L, L) for _ in range(n))
    else:
        k = 1 if seed // 6 % 2 == 0 else n
        a = [r.randint(-L, L) for _ in range(n)]
    sys.stdout.write(f"{n} {k}\n{' '.join(map(str, a))}\n")


main()
