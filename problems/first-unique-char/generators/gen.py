"""Generator for first-unique-char: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: |s| in [1, N] (short strings are common) over a small random alphabet
of 1 to 4 letters (so that repeats, strings without a unique letter, and
unique letters out of alphabetical order are frequent). In about 1 test of 5
the alphabet is all 26 letters a-z instead. The same (SEED, N) always prints
the same test.

All tests have length 200000. The shape depends on SEED % 6:
  0  random letters from 25 letters, one extra letter placed once at a random
     position
  1  every letter repeated, the only unique letter is the very last character
  2  no unique letter at all (answer -1)
  3  a single letter repeated 200000 times (answer -1)
  4  several unique letters in reverse alphabetical order of position
     (alphabetically first unique letter is not the first one in the string)
  5  random letters, 'z' ... 'b' are unique near the end, the rest repeated
"""
import random
import sys

N = 200000
ABC = "abcdefghijklmnopqrstuvwxyz"


def stress_test(r, max_n):
    """One stress test: a string of length 1..min(max_n, N)."""
    length = r.randint(1, r.randint(1, min(max_n, N)))
    if r.random() < 0.2:
        alpha = ABC
    else:
        alpha = r.sample(ABC, r.randint(1, 4))
    return "".join(r.choice(alpha) for _ in range(length)) + "\n"


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
    shape = seed % 6
    letters = list(ABC)
    r.shuffle(letters)
    if shape == 0:
        pool = letters[:25]
        s = [r.choice(pool) for _ in range(N - 1)]
        s.insert(r.randrange(N), letters[25])
        # make sure every pool letter is repeated
        for c in pool:
            s[r.randrange(N // 2)] = c
            s[N // 2 + r.randrange(N // 2)] = c
        if s.count(letters[25]) != 1:
            s[s.index(letters[25])] = pool[0]
            s[r.randrange(N)] = letters[25]
    elif shape == 1:
        pool = letters[:25]
        s = [pool[i % 25] for i in range(N - 1)]
        r.shuffle(s)
        s.append(letters[25])
    elif shape == 2:
        k = r.randint(1, 26)
        pool = letters[:k]
        s = [pool[i % k] for i in range(N)]
        r.shuffle(s)
    elif shape == 3:
        s = [letters[0]] * N
    elif shape == 4:
        uniq = sorted(letters[:6], reverse=True)
        pool = letters[6:]
        s = [r.choice(pool) for _ in range(N - 6)]
        for c in pool:
            s[r.randrange(len(s))] = c
            s[r.randrange(len(s))] = c
        # if a pool letter ended up once, duplicate it
        for c in pool:
            if s.count(c) == 1:
                s[r.randrange(len(s))] = c
        pos = sorted(r.sample(range(N // 2, N), 6))
        for p, c in zip(pos, uniq):
            s.insert(p, c)
    else:
        uniq = sorted(ABC[1:], reverse=True)
        s = ['a'] * (N - len(uniq))
        pos = sorted(r.sample(range(N - 1000, N), len(uniq)))
        for p, c in zip(pos, uniq):
            s.insert(p, c)
    assert len(s) == N
    sys.stdout.write("".join(s) + "\n")


main()
