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
"""
import random
import sys

N = 200_000
ALPHABET = [chr(c) for c in range(33, 127)]


def main():
    seed = int(sys.argv[1])
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
