"""Generator for min-window-substring: python3 gen.py SEED prints one test.

|s| = 200000. The shape depends on SEED % 6:
  0  s over a small alphabet (a-e), t random of length ~1000 -> a long window
  1  t contains a letter that never occurs in s -> 0 (every start scans to
     the end in the naive O(n^2) solution)
  2  s = x + random(a-c) + y, t = "yx" -> the answer is the whole string
  3  t = 'a' * 1000 with 'a' rare in s (multiplicity matters)
  4  t long (100000 letters) drawn from s's alphabet, s random
  5  mixed case: s random over aA..eE, t a few upper/lower-case letters with
     the upper-case ones rare in s
"""
import random
import string
import sys

N = 200000


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        s = "".join(r.choice("abcde") for _ in range(N))
        t = "".join(r.choice("abcde") for _ in range(r.randint(500, 1500)))
    elif shape == 1:
        s = "".join(r.choice(string.ascii_lowercase) for _ in range(N))
        t = "".join(r.choice(string.ascii_lowercase) for _ in range(50)) + "Q"
        t = "".join(r.sample(t, len(t)))
    elif shape == 2:
        s = "x" + "".join(r.choice("abc") for _ in range(N - 2)) + "y"
        t = "yx"
    elif shape == 3:
        s = [r.choice("bcdefgh") for _ in range(N)]
        for i in r.sample(range(N), 1500):
            s[i] = "a"
        s = "".join(s)
        t = "a" * 1000
    elif shape == 4:
        s = "".join(r.choice("abcdefghij") for _ in range(N))
        t = "".join(r.choice("abcdefghij") for _ in range(100000))
    else:
        s = [r.choice("abcde") for _ in range(N)]
        for i in r.sample(range(N), 300):
            s[i] = r.choice("ABCDE")
        s = "".join(s)
        t = "".join(r.choice("ABCDEabcde") for _ in range(20))
    sys.stdout.write(s + "\n" + t + "\n")


main()
