"""Generator for first-repeat-char: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
