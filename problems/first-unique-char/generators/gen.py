"""Generator for first-unique-char: python3 gen.py SEED prints one test.

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


def main():
    seed = int(sys.argv[1])
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
