"""Generator for largest-rectangle: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random heights over the full range [0, 10^9]
  1  strictly increasing heights (the stack is never popped before the end),
     or strictly decreasing for some seeds
  2  all heights equal, near 10^9 (answer ~2*10^14: needs 64-bit; O(n^2) worst case)
  3  small heights in [0, 5]: long runs of equal bars, some zero gaps
  4  a valley / mountain: decreasing then increasing (or the reverse)
  5  mostly huge bars with a few random dips

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N heights in [0, N]; in about 1 test of 5, heights from the full range
[0, 10^9], often at or near 10^9 (areas beyond 32 bits).
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import sys
import random

N = 200000
H = 10 ** 9


def small(r, max_n):
    """One stress test with n <= max_n: heights in [0, max_n] (ties and zero
    gaps are common); in about 1 test of 5, heights from the full range
    [0, 10^9], often at or near 10^9 (areas beyond 32 bits)."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    if full:
        h = [r.choice((0, H, H - r.randint(0, 3), r.randint(0, H))) for _ in range(n)]
    else:
        h = [r.randint(0, max(1, max_n)) for _ in range(n)]
    return f"{n}\n" + " ".join(map(str, h)) + "\n"


def stress_size(r, lo, hi):
    """A size in [lo, max(lo, hi)], small sizes more likely than large ones."""
    hi = max(lo, hi)
    if r.random() < 0.5:
        return r.randint(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def stress_args():
    """(seed, max_n) from argv: SEED [--max-n N]; max_n is None without it."""
    args = sys.argv[1:]
    seed = int(args[0])
    max_n = None
    if "--max-n" in args[1:]:
        max_n = int(args[args.index("--max-n", 1) + 1])
        if max_n < 1:
            sys.exit("--max-n must be at least 1")
    return seed, max_n


def main():
    seed, max_n = stress_args()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    n = N
    rnd = r.random
    if shape == 0:
        h = [int(rnd() * (H + 1)) for _ in range(n)]
    elif shape == 1:
        step = r.randint(1, 5000)
        start = r.randint(0, H - step * (n - 1))
        h = [start + i * step for i in range(n)]
        if seed % 4 == 1:
            h.reverse()
    elif shape == 2:
        v = H - r.randint(0, 10)
        h = [v] * n
    elif shape == 3:
        h = [int(rnd() * 6) for _ in range(n)]
    elif shape == 4:
        half = n // 2
        a = sorted((int(rnd() * (H + 1)) for _ in range(half)), reverse=True)
        b = sorted(int(rnd() * (H + 1)) for _ in range(n - half))
        h = a + b if seed % 4 == 0 else b + a
    else:
        h = [H - int(rnd() * 1000) for _ in range(n)]
        for _ in range(20):
            h[r.randrange(n)] = r.randint(0, H // 2)
    sys.stdout.write(f"{n}\n" + " ".join(map(str, h)) + "\n")


main()
