"""Generator for valid-anagram: python3 gen.py SEED prints one test.

The shape depends on SEED % 6 (lengths 200000 unless stated):
  0  t is a shuffle of a random s                               -> YES
  1  t is a shuffle of s with one letter replaced by another    -> NO
  2  t is a shuffle of s after a sum-preserving change: one 'a'->'b' and
     one 'd'->'c' (same length, same sum of codes)              -> NO
  3  s and t have the same length and the same set of letters but the
     counts of two letters differ by one                       -> NO
  4  few distinct letters, |t| = |s| - 1 (t is s minus a letter, shuffled),
     or the other way round                                     -> NO
  5  s is one letter repeated or all 26 letters equally often, t a shuffle,
     or t == s                                                  -> YES

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= |s|, |t| <= N (tiny strings are common) over a small alphabet such
as "ab" or "abcd" (so equal letter sums and equal letter sets with different
counts are frequent); t is a shuffle of s, a shuffle with one letter changed,
a random string of the same length, or one of another length; in about 1 test
of 5 the alphabet is all 26 letters. The same SEED and N always print the same
test.
"""
import random
import string
import sys

N = 200000
AL = string.ascii_lowercase


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
    al = AL if r.random() < 0.2 else r.choice(["ab", "abc", "abcd", "xyz"])
    s = [r.choice(al) for _ in range(size(r, 1, top))]
    kind = r.randrange(4)
    if kind == 0:
        t = s[:]
        r.shuffle(t)
    elif kind == 1:
        t = s[:]
        i = r.randrange(len(t))
        t[i] = r.choice(al)
        r.shuffle(t)
    elif kind == 2:
        t = [r.choice(al) for _ in s]
    else:
        t = [r.choice(al) for _ in range(size(r, 1, top))]
    if r.random() < 0.5:
        s, t = t, s
    return "".join(s) + "\n" + "".join(t) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        k = r.choice([2, 5, 26])
        s = [r.choice(AL[:k]) for _ in range(N)]
        t = s[:]
        r.shuffle(t)
    elif shape == 1:
        s = [r.choice(AL) for _ in range(N)]
        t = s[:]
        i = r.randrange(N)
        t[i] = r.choice([c for c in AL if c != t[i]])
        r.shuffle(t)
    elif shape == 2:
        s = [r.choice("abcd") for _ in range(N)]
        s[0], s[1] = "a", "d"
        t = s[:]
        t[0], t[1] = "b", "c"
        r.shuffle(t)
        r.shuffle(s)
    elif shape == 3:
        s = [r.choice("xyz") for _ in range(N)]
        s[0], s[1], s[2] = "x", "y", "z"
        s[3] = "x"
        t = s[:]
        t[3] = "y"  # one x fewer, one y more; letter set unchanged
        r.shuffle(t)
    elif shape == 4:
        s = [r.choice("ab") for _ in range(N)]
        t = s[:]
        t.pop(r.randrange(N))
        r.shuffle(t)
        if r.random() < 0.5:
            s, t = t, s
    else:
        v = seed // 6 % 3
        if v == 0:
            s = [r.choice(AL)] * N
            t = s[:]
        elif v == 1:
            s = [AL[i % 26] for i in range(N - N % 26)]
            r.shuffle(s)
            t = s[:]
            r.shuffle(t)
        else:
            s = [r.choice(AL) for _ in range(N)]
            t = s[:]
    sys.stdout.write("".join(s) + "\n" + "".join(t) + "\n")


main()
