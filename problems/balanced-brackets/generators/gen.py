"""Generator for balanced-brackets: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: |s| in [1, N] (short strings are common), mostly brackets of one to
three kinds with a few letters: balanced strings, balanced strings with one
bracket changed, swapped, added or removed, and random bracket soup. In about
1 test of 5 the filler characters come from every printable character 33..126
('!' to '~'). The same (SEED, N) always prints the same test.

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


def small(r, max_n):
    """One stress test: a string of length 1..max_n."""
    length = r.randint(1, r.randint(1, max_n))
    kinds = r.randint(1, 3)
    opens, closes = OPEN[:kinds], CLOSE[:kinds]
    if r.random() < 0.2:
        filler = OTHER
    else:
        filler = r.choice(["a", "ab", "x1"])
    p_fill = r.choice([0, 0, 0.1, 0.3, 0.6])
    fills = sum(r.random() < p_fill for _ in range(length))
    room = length - fills
    shape = r.randrange(6)
    if shape == 5:
        br = [r.choice(opens + closes) for _ in range(room)]
    else:
        pairs = (room - (shape == 3)) // 2
        br, stack = [], []
        opened = 0
        while len(br) < 2 * pairs:
            if opened < pairs and (not stack or r.random() < 0.5):
                k = r.randrange(kinds)
                stack.append(k)
                br.append(OPEN[k])
                opened += 1
            else:
                br.append(CLOSE[stack.pop()])
        if shape == 1 and br:
            # one closing bracket becomes another kind (or an opening one)
            i = r.choice([i for i, c in enumerate(br) if c in CLOSE])
            br[i] = r.choice([c for c in OPEN + CLOSE if c != br[i]])
        elif shape == 2 and len(br) >= 2:
            i = r.randrange(len(br) - 1)
            br[i], br[i + 1] = br[i + 1], br[i]
        elif shape == 3:
            br.insert(r.randint(0, len(br)), r.choice(opens + closes))
        elif shape == 4 and br:
            del br[r.randrange(len(br))]
    s = sprinkle(r, br, max(length, len(br)), filler)[:length]
    return "".join(s) + "\n"


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
