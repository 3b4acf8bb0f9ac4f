"""Generator for inventory-restock: python3 gen.py SEED prints one test.

n = 200000 events. The shape depends on SEED % 6:
  0  ~50000 random SKUs, random quantities, threshold near 0
  1  10 SKUs with huge totals (up to 2*10^14): needs 64-bit, threshold ~10^14
  2  threshold -10^15: nobody is below it, answer NONE
  3  threshold 10^15 and ~150000 distinct SKUs: almost everything is listed
  4  SKUs that are prefixes of each other / differ only in '-' and digits,
     many final stocks exactly equal to the threshold
  5  32-bit overflow trap: SKUs that get 3..5 deliveries of ~10^9 units

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N events over a few short, similar SKUs (prefixes, '-' and digits),
quantities in [1, 2N] and a threshold in [-2N, 2N] or equal to (or next to) a
final stock; in about 1 test of 5, quantities up to 10^9 (32-bit overflow) and
thresholds up to +-10^15.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import sys
import random

N = 200000
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"


def rand_sku(r, lo=1, hi=10):
    return "".join(r.choices(ALPHA, k=r.randint(lo, hi)))


def skus(r, k, lo=1, hi=10):
    s = set()
    while len(s) < k:
        s.add(rand_sku(r, lo, hi))
    return sorted(s)


STRESS_SKUS = ["A", "B", "AB", "A-", "A1", "A-1", "-", "1", "B2", "Z"]


def small(r, max_n):
    """One stress test with n <= max_n: a few short, similar SKUs, small
    quantities (full-range quantities and thresholds in about 1 test of 5), and
    often a threshold equal to (or next to) some final stock."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    pool = r.sample(STRESS_SKUS, r.randint(1, min(len(STRESS_SKUS), n)))
    if full and r.random() < 0.5:
        pool.append(rand_sku(r, 1, 10))
    ev = []
    for _ in range(n):
        if full:
            sign = "+" if r.random() < 0.7 else "-"
            q = r.choice((1, 10 ** 9, r.randint(1, 10 ** 9), r.randint(10 ** 9 - 5, 10 ** 9)))
        else:
            sign = r.choice("+-")
            q = r.randint(1, 2 * max_n)
        ev.append((r.choice(pool), sign, q))
    stock = {}
    for s, sg, q in ev:
        stock[s] = stock.get(s, 0) + (q if sg == "+" else -q)
    if r.random() < 0.5:
        t = r.choice(sorted(stock.values())) + r.randint(-1, 1)
    elif full:
        t = r.choice((-10 ** 15, 10 ** 15, r.randint(-10 ** 15, 10 ** 15), 2 ** 31 - 1, -2 ** 31))
    else:
        t = r.randint(-2 * max_n, 2 * max_n)
    t = max(-10 ** 15, min(10 ** 15, t))
    out = [f"{n} {t}"]
    out.extend(f"{s} {sg}{q}" for s, sg, q in ev)
    return "\n".join(out) + "\n"


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
    ev = []
    if shape == 0:
        names = skus(r, 50000, 3, 10)
        t = r.randint(-1000, 1000)
        for _ in range(N):
            ev.append((r.choice(names), r.choice("+-"), r.randint(1, 10 ** 9)))
    elif shape == 1:
        names = skus(r, 10, 5, 10)
        t = r.randint(5 * 10 ** 13, 2 * 10 ** 14)
        for _ in range(N):
            sign = "+" if r.random() < 0.9 else "-"
            ev.append((r.choice(names), sign, r.randint(9 * 10 ** 8, 10 ** 9)))
    elif shape == 2:
        names = skus(r, 100000, 1, 10)
        t = -10 ** 15
        for _ in range(N):
            ev.append((r.choice(names), r.choice("+-"), r.randint(1, 10 ** 9)))
    elif shape == 3:
        names = skus(r, 150000, 4, 10)
        t = 10 ** 15
        ev = [(s, r.choice("+-"), r.randint(1, 10 ** 9)) for s in names]
        while len(ev) < N:
            ev.append((r.choice(names), r.choice("+-"), r.randint(1, 10 ** 9)))
    elif shape == 4:
        base = skus(r, 2000, 1, 4)
        names = set()
        for b in base:
            names.update((b, b + "-", b + "-1", b + "1", b + "A"))
        names = sorted(n for n in names if len(n) <= 10)
        t = r.randint(0, 100)
        # each SKU receives t units exactly (split in two), then a random half
        # get one extra small movement
        for s in names:
            a = r.randint(0, t) if t > 0 else 0
            if a:
                ev.append((s, "+", a))
            ev.append((s, "+", t - a + 7))
            ev.append((s, "-", 7))
        while len(ev) < N:
            s = r.choice(names)
            q = r.randint(1, 3)
            ev.append((s, "+", q))
            ev.append((s, "-", q))
            if r.random() < 0.05:
                ev.append((s, r.choice("+-"), 1))
        ev = ev[:N]
    else:
        names = skus(r, 40000, 2, 10)
        t = r.randint(0, 10 ** 6)
        for s in names:
            for _ in range(r.randint(3, 5)):
                ev.append((s, "+", r.randint(9 * 10 ** 8, 10 ** 9)))
        ev = ev[:N]
    r.shuffle(ev)
    out = [f"{len(ev)} {t}"]
    out.extend(f"{s} {sg}{q}" for s, sg, q in ev)
    sys.stdout.write("\n".join(out) + "\n")


main()
