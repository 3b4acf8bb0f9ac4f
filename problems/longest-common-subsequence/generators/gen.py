"""Generator for longest-common-subsequence: python3 gen.py SEED prints one test.

The shape depends on SEED % 7 (lengths 5000 unless noted):
  0  uniformly random over all 26 letters
  1  random over a 2-letter alphabet (long answer, many ties)
  2  b is a after about 10% random deletions and insertions
  3  disjoint alphabets: a uses a-m, b uses n-z (answer 0)
  4  a single repeated letter in both, lengths 5000 and 4000..5000
  5  b is a reversed with a few changes
  6  |a| = 5000, |b| small (1..50)

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
|a|, |b| <= N over a 1- to 3-letter alphabet, sometimes b = a with a few
edits; in about 1 test of 5, over all 26 letters.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import string
import sys

N = 5000
LOW = string.ascii_lowercase


def rnd(r, k, alpha):
    return "".join(r.choice(alpha) for _ in range(k))


def small(r, max_n):
    """One stress test with |a|, |b| <= max_n over a 1- to 3-letter alphabet
    (many ties); in about 1 test of 5, over all 26 letters. Sometimes b is a
    with a few edits."""
    full = r.random() < 0.2
    alpha = LOW if full else "".join(r.sample(LOW, r.randint(1, 3)))
    top = min(max_n, N)
    a = rnd(r, stress_size(r, 1, top), alpha)
    if r.random() < 0.3:
        lst = list(a)
        for _ in range(r.randint(0, 3)):
            op = r.randrange(3)
            if op == 0 and len(lst) > 1:
                del lst[r.randrange(len(lst))]
            elif op == 1 and len(lst) < top:
                lst.insert(r.randint(0, len(lst)), r.choice(alpha))
            else:
                lst[r.randrange(len(lst))] = r.choice(alpha)
        b = "".join(lst)
    else:
        b = rnd(r, stress_size(r, 1, top), alpha)
    return a + "\n" + b + "\n"


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
    shape = seed % 7
    if shape == 0:
        a, b = rnd(r, N, LOW), rnd(r, N, LOW)
    elif shape == 1:
        alpha = "".join(r.sample(LOW, 2))
        a, b = rnd(r, N, alpha), rnd(r, N, alpha)
    elif shape == 2:
        a = rnd(r, N, LOW)
        out = []
        for c in a:
            x = r.random()
            if x < 0.05:
                continue  # deletion
            if x < 0.10 and len(out) < N - 1:
                out.append(r.choice(LOW))  # insertion
            out.append(c)
        b = "".join(out)[:N]
    elif shape == 3:
        a, b = rnd(r, N, LOW[:13]), rnd(r, N, LOW[13:])
    elif shape == 4:
        c = r.choice(LOW)
        a, b = c * N, c * r.randint(4000, N)
    elif shape == 5:
        a = rnd(r, N, LOW[:r.randint(3, 26)])
        lst = list(a[::-1])
        for _ in range(50):
            lst[r.randrange(N)] = r.choice(LOW)
        b = "".join(lst)
    else:
        a, b = rnd(r, N, LOW), rnd(r, r.randint(1, 50), LOW)
    if r.random() < 0.5:
        a, b = b, a
    sys.stdout.write(a + "\n" + b + "\n")


main()
