"""Max-size test generator for longest-unique-substring.

Usage: python3 generators/gen.py SEED   (prints one test on stdout)

The shape depends on SEED % 6:
  0 random        uniform over all 94 characters (codes 33..126)
  1 cyclic-90     a shuffled 90-character alphabet repeated over and over (answer 90)
  2 long-runs     long runs of one character, with one distinct block hidden inside
  3 tiny-alphabet random over 2..5 characters
  4 mirrors       blocks "p + reverse(p)" for random permutations p; punishes a
                  window whose left end moves backwards
  5 planted-94    random over 90 characters, one full 94-character permutation planted

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
|s| <= N over 1 to 4 random characters; in about 1 test of 5, over many or
all of the 94 characters (codes 33..126).
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
"""
import random
import sys

N = 200_000
ALPHABET = [chr(c) for c in range(33, 127)]


def small(r, max_n):
    """One stress test with |s| <= max_n over 1 to 4 random characters (many
    repeats); in about 1 test of 5, over all 94 characters (codes 33..126,
    including '!' and '~')."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    if full:
        sub = ALPHABET if r.random() < 0.5 else r.sample(ALPHABET, r.randint(5, 94))
    else:
        sub = r.sample(ALPHABET, r.randint(1, 4))
    return "".join(r.choices(sub, k=n)) + "\n"


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
    rng = random.Random(seed)
    shape = seed % 6
    n = N

    if shape == 0:
        s = rng.choices(ALPHABET, k=n)
    elif shape == 1:
        sub = rng.sample(ALPHABET, 90)
        s = (sub * (n // 90 + 1))[:n]
    elif shape == 2:
        s = []
        while len(s) < n:
            s.extend(rng.choice(ALPHABET) * rng.randint(1, 20_000))
        s = s[:n]
        k = rng.randint(40, 94)
        block = rng.sample(ALPHABET, k)
        pos = rng.randrange(n - k)
        s[pos:pos + k] = block
    elif shape == 3:
        sub = rng.sample(ALPHABET, rng.randint(2, 5))
        s = rng.choices(sub, k=n)
    elif shape == 4:
        s = []
        while len(s) < n:
            p = rng.sample(ALPHABET, rng.randint(10, 94))
            s.extend(p)
            s.extend(reversed(p))
        s = s[:n]
    else:
        sub = rng.sample(ALPHABET, 90)
        s = rng.choices(sub, k=n)
        pos = rng.randrange(n // 2, n - 94)
        perm = ALPHABET[:]
        rng.shuffle(perm)
        s[pos:pos + 94] = perm

    assert len(s) == n
    sys.stdout.write(''.join(s) + "\n")


main()
