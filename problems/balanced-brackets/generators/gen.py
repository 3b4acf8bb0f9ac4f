"""Generator for balanced-brackets: python3 gen.py SEED prints one test.

All tests have length 200000. The shape depends on SEED % 6:
  0  random balanced brackets mixed with letters and digits (YES)
  1  one chain nested 100000 levels deep (YES)
  2  deep random balanced string, one closing bracket changed to another kind (NO)
  3  balanced string where two adjacent closing brackets of different kinds
     are swapped: the counts of every kind still agree (NO)
  4  balanced string with one extra opening bracket somewhere (NO)
  5  balanced brackets buried in every other printable character (YES)
"""
import random
import sys

N = 200000
OPEN = "([{"
CLOSE = ")]}"
OTHER = [chr(c) for c in range(33, 127) if chr(c) not in "()[]{}"]


def balanced(r, pairs, p_open):
    """Random balanced bracket sequence with `pairs` pairs, as a list."""
    out, stack = [], []
    opened = 0
    while len(out) < 2 * pairs:
        if opened < pairs and (not stack or r.random() < p_open):
            k = r.randrange(3)
            stack.append(k)
            out.append(OPEN[k])
            opened += 1
        else:
            out.append(CLOSE[stack.pop()])
    return out


def sprinkle(r, br, total, alphabet):
    """Insert filler characters at random places until the length is total."""
    slots = sorted(r.randrange(len(br) + 1) for _ in range(total - len(br)))
    out, j = [], 0
    for i, c in enumerate(br):
        while j < len(slots) and slots[j] == i:
            out.append(r.choice(alphabet))
            j += 1
        out.append(c)
    while j < len(slots):
        out.append(r.choice(alphabet))
        j += 1
    return out


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if shape == 0:
        s = sprinkle(r, balanced(r, 60000, 0.5), N, alnum)
    elif shape == 1:
        ks = [r.randrange(3) for _ in range(N // 2)]
        s = [OPEN[k] for k in ks] + [CLOSE[k] for k in reversed(ks)]
    elif shape == 2:
        s = balanced(r, N // 2, 0.7)
        idx = [i for i in range(len(s)) if s[i] in CLOSE]
        i = r.choice(idx[len(idx) // 2:])
        s[i] = r.choice([c for c in CLOSE if c != s[i]])
    elif shape == 3:
        s = balanced(r, N // 2, 0.55)
        cand = [i for i in range(len(s) - 1)
                if s[i] in CLOSE and s[i + 1] in CLOSE and s[i] != s[i + 1]]
        i = cand[r.randrange(len(cand) // 2, len(cand))]
        s[i], s[i + 1] = s[i + 1], s[i]
    elif shape == 4:
        s = balanced(r, N // 2 - 1, 0.5)
        s.insert(r.randrange(len(s) + 1), r.choice(OPEN))
        s.append('a')
    else:
        s = sprinkle(r, balanced(r, 40000, 0.5), N, OTHER)
    assert len(s) == N
    sys.stdout.write("".join(s) + "\n")


main()
