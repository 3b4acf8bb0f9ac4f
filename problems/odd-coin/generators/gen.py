"""Generator for odd-coin: python3 gen.py SEED prints one test, "n c" (coin c is light).

The shape depends on SEED % 6:
  0  n = 10^5, c random                                   (the largest budget, 11)
  1  n = 3^k or 3^k + 1 for a random k in 1..10, c random  (the budget changes at 3^k)
  2  n random in 2..10^5, c = 1 or n                      (the light coin at an end)
  3  n random in 2..1000, c random                        (small budgets)
  4  n random in 2..10^5, c the first coin left off the scale at some weighing of the
     ternary search (the coin an off-by-one after a balance skips)
  5  n = 10^5, c in the last few coins                    (always in the off-scale group)

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: n random in 2..max(2, N) (small n more likely), c random in 1..n, or an end
coin (1 or n), or the first off-scale coin of some weighing of the ternary search.
The same SEED and N always give the same test; without --max-n the output is the
one described above.
"""
import sys
import random

MAXN = 10 ** 5


def off_scale_first(rnd, n):
    """Walks the ternary search down random groups and stops at a random depth whose
    off-scale group is not empty; returns that group's first coin."""
    lo, hi = 1, n
    picks = []
    while lo < hi:
        a = (hi - lo + 3) // 3
        if lo + 2 * a <= hi:
            picks.append(lo + 2 * a)
        group = rnd.choice([g for g in ((lo, lo + a - 1), (lo + a, lo + 2 * a - 1), (lo + 2 * a, hi)) if g[0] <= g[1]])
        lo, hi = group
    return rnd.choice(picks) if picks else rnd.randint(1, n)


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
    """One stress test "n c" with 2 <= n <= max(2, max_n)."""
    hi = max(2, max_n)
    n = rnd.randint(2, rnd.randint(2, hi))
    kind = rnd.randrange(5)
    if kind == 0:
        c = rnd.choice((1, n))
    elif kind == 1:
        c = off_scale_first(rnd, n)
    else:
        c = rnd.randint(1, n)
    return f"{n} {c}\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
    seed = int(sys.argv[1])
    rnd = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        n = MAXN
        c = rnd.randint(1, n)
    elif shape == 1:
        n = 3 ** rnd.randint(1, 10) + rnd.randint(0, 1)
        c = rnd.randint(1, n)
    elif shape == 2:
        n = rnd.randint(2, MAXN)
        c = rnd.choice((1, n))
    elif shape == 3:
        n = rnd.randint(2, 1000)
        c = rnd.randint(1, n)
    elif shape == 4:
        n = rnd.randint(2, MAXN)
        c = off_scale_first(rnd, n)
    else:
        n = MAXN
        c = n - rnd.randint(0, 10)
    print(n, c)


main()
