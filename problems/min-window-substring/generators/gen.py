"""Generator for min-window-substring: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= |s|, |t| <= N (tiny strings are common) over a small alphabet
such as "ab", "abc" or "aAbB" (repeated letters, case differences), t often
drawn from the letters of s so that a window exists, sometimes longer than s or
with a letter s lacks; in about 1 test of 5 both strings use all 52 letters
(including a, z, A and Z). The same SEED and N always print the same test.

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


def max_n_arg():
    """N from `--max-n N` after SEED, or None when it is not given."""
    rest = sys.argv[2:]
    if not rest:
        return None
    if len(rest) != 2 or rest[0] != "--max-n" or int(rest[1]) < 1:
        sys.exit("usage: gen.py SEED [--max-n N]   (N >= 1)")
    return int(rest[1])


def size(r, lo, hi):
    """A size in [lo, hi], small ones more likely."""
    hi = max(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def small(r, max_n):
    top = min(max_n, N)
    if r.random() < 0.2:
        alpha = string.ascii_letters
    else:
        alpha = r.choice(["a", "ab", "ab", "ab", "abc", "abc", "aA", "aAbB"])
    s = "".join(r.choice(alpha) for _ in range(size(r, 1, top)))
    x = r.random()
    if x < 0.6:
        # letters of s: a window exists
        m = size(r, 1, len(s))
        t = "".join(r.sample(s, m))
    elif x < 0.9:
        t = "".join(r.choice(alpha) for _ in range(size(r, 1, top)))
    else:
        # one letter that s lacks (if any)
        lack = [c for c in alpha + "zZ" if c not in s]
        t = "".join(r.sample(s, size(r, 0, min(len(s), top - 1))))
        t += r.choice(lack) if lack else r.choice(alpha)
        t = "".join(r.sample(t, len(t)))
    assert 1 <= len(s) <= N and 1 <= len(t) <= N
    return s + "\n" + t + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
