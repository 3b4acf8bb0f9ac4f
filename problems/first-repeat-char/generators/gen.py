"""Generator for first-repeat-char: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: |s| in [1, min(N, 10^5)] (short strings are common) over a small
alphabet of letters and digits (2 to 5 characters, so that repeats and digit
repeats are frequent), or distinct characters only (no repeat). In about 1
test of 5 the alphabet is all 36 characters a-z, 0-9 instead. The same
(SEED, N) always prints the same test.

The shape depends on SEED % 8:
  0  |s| = 10^5, uniform over the 36 characters (an early repeat)
  1  |s| = 10^5: a permutation of all 36 characters, then random ones
     (the repeat is exactly at index 36)
  2  1 to 36 distinct characters (no repeat, answer '#')
  3  |s| = 10^5, digits only
  4  |s| = 10^5, one character repeated
  5  |s| = 10^5: a permutation of m characters, then the string goes on with
     them in reverse order, so the LAST new character repeats first while the
     first character only returns at the very end of the block
  6  |s| = 10^5 over a few characters, with the first repeat being a digit
     that follows many letters
  7  short random strings (length 2 to 40) over a small alphabet
"""
import random
import string
import sys

N = 100000
ALPHA = string.ascii_lowercase + string.digits


def stress_test(r, max_n):
    """One stress test: a string of length 1..min(max_n, N)."""
    length = r.randint(1, r.randint(1, min(max_n, N)))
    if r.random() < 0.2:
        alpha = ALPHA
    else:
        alpha = r.sample(string.ascii_lowercase, r.randint(1, 3)) + \
            r.sample(string.digits, r.randint(0, 2))
    if r.random() < 0.2:
        s = "".join(r.sample(alpha, min(length, len(alpha))))
    else:
        s = "".join(r.choice(alpha) for _ in range(length))
    return '"' + s + '"\n'


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
        sys.stdout.write(stress_test(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        s = "".join(r.choice(ALPHA) for _ in range(N))
    elif shape == 1:
        p = list(ALPHA)
        r.shuffle(p)
        s = "".join(p) + "".join(r.choice(ALPHA) for _ in range(N - 36))
    elif shape == 2:
        s = "".join(r.sample(ALPHA, r.randint(1, 36)))
    elif shape == 3:
        s = "".join(r.choice(string.digits) for _ in range(N))
    elif shape == 4:
        s = r.choice(ALPHA) * N
    elif shape == 5:
        m = r.randint(20, 36)
        p = r.sample(ALPHA, m)
        block = p + p[::-1]
        s = "".join(block[i % len(block)] for i in range(N))
    elif shape == 6:
        letters = r.sample(string.ascii_lowercase, 25)
        d = r.choice(string.digits)
        head = letters[:12] + [d] + letters[12:] + [d]
        s = "".join(head) + "".join(r.choice(letters) for _ in range(N - len(head)))
    else:
        small = r.sample(ALPHA, r.randint(3, 12))
        s = "".join(r.choice(small) for _ in range(r.randint(2, 40)))
    assert 1 <= len(s) <= N
    sys.stdout.write('"' + s + '"\n')


main()
