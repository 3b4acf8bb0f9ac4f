"""Generator for inventory-restock: python3 gen.py SEED prints one test.

n = 200000 events. The shape depends on SEED % 6:
  0  ~50000 random SKUs, random quantities, threshold near 0
  1  10 SKUs with huge totals (up to 2*10^14): needs 64-bit, threshold ~10^14
  2  threshold -10^15: nobody is below it, answer NONE
  3  threshold 10^15 and ~150000 distinct SKUs: almost everything is listed
  4  SKUs that are prefixes of each other / differ only in '-' and digits,
     many final stocks exactly equal to the threshold
  5  32-bit overflow trap: SKUs that get 3..5 deliveries of ~10^9 units
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


def main():
    seed = int(sys.argv[1])
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
