"""Generator for sliding-median: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  random values in [-10^18, 10^18], k = n / 2 (even)
  1  values in [-5, 5] (heavy duplicates), k = n / 2 + 1 (odd)
  2  random values beyond the 32-bit range, k = 2 (lower median = minimum)
  3  increasing values, k = n / 2 - 2 (even)
  4  only values from {-10^18, -1, 0, 1, 10^18}, random large even k
  5  alternating huge positive and huge negative values, k = 60000 (even):
     the lower and upper medians differ by about 2 * 10^18

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 1..N (small n more likely), k random in 1..n (often 1, 2, n or
even), values from -N..N (in about 1 test of 5 from -10^18..10^18: the extremes,
values just beyond 32 bits, or any). The same SEED and N always give the same test;
without --max-n the output is the one described above.
"""
import random
import sys

N = 200000
LIM = 10 ** 18


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
    kind = r.randrange(5)
    if kind == 0:
        k = min(n, r.choice((1, 2)))
    elif kind == 1:
        k = n
    elif kind == 2 and n >= 2:
        k = 2 * r.randint(1, n // 2)
    else:
        k = r.randint(1, n)
    if r.random() < 0.2:
        value = lambda: r.choice((-LIM, LIM, r.randint(-LIM, LIM),
                                  r.choice((1, -1)) * r.randint(2 ** 31 - 2, 2 ** 32 + 2)))
    else:
        value = lambda: r.randint(-max_n, max_n)
    a = [value() for _ in range(n)]
    return f"{n} {k}\n" + " ".join(map(str, a)) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = [r.randint(-LIM, LIM) for _ in range(N)]
        k = N // 2
    elif shape == 1:
        a = [r.randint(-5, 5) for _ in range(N)]
        k = N // 2 + 1
    elif shape == 2:
        a = [r.choice((1, -1)) * r.randint(2 ** 31, LIM) for _ in range(N)]
        k = 2
    elif shape == 3:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        k = N // 2 - 2
    elif shape == 4:
        a = [r.choice((-LIM, -1, 0, 1, LIM)) for _ in range(N)]
        k = 2 * r.randint(N // 5, N // 3)
    else:
        a = [(LIM - r.randint(0, 10 ** 9)) * (1 if i % 2 else -1) for i in range(N)]
        k = 60000
    sys.stdout.write(f"{N} {k}\n" + " ".join(map(str, a)) + "\n")


main()
