"""Generator for palindrome-phrase: python3 gen.py SEED prints one test.

Every line has exactly 200000 characters. The shape depends on SEED % 6:
  0  palindrome of letters and digits, random case, random noise characters
     inserted on both sides independently (YES)
  1  like 0 but one kept character near the middle changed (NO)
  2  like 0 but the very first kept character changed (NO)
  3  almost only spaces and punctuation, a short palindrome hidden inside (YES)
  4  one letter repeated in random case, separated by noise (YES)
  5  palindrome of words separated by spaces, mismatching digit in the middle
     of the second half (NO)
"""
import random
import string
import sys

L = 200000
ALNUM = string.ascii_lowercase + string.digits
NOISE = " ,.;:!?-'\"()[]{}@#$%^&*_+=~`|\\/<>"


def rcase(r, c):
    return c.upper() if r.random() < 0.5 else c


def noisy(r, core):
    """Interleave the kept characters `core` with noise up to length L."""
    k = len(core)
    extra = L - k
    # distribute `extra` noise characters into k + 1 gaps
    cuts = sorted(r.randrange(extra + 1) for _ in range(k))
    out = []
    prev = 0
    for i, c in enumerate(core):
        gap = cuts[i] - prev
        prev = cuts[i]
        out.append("".join(r.choice(NOISE) for _ in range(gap)))
        out.append(rcase(r, c))
    out.append("".join(r.choice(NOISE) for _ in range(extra - prev)))
    s = "".join(out)
    assert len(s) == L
    return s


def pal(r, k, alphabet):
    half = [r.choice(alphabet) for _ in range(k // 2)]
    mid = [r.choice(alphabet)] if k % 2 else []
    return half + mid + half[::-1]


def change(r, core, idx, alphabet):
    c = core[idx]
    while core[idx] == c:
        core[idx] = r.choice(alphabet)


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape in (0, 1, 2):
        k = r.randint(120000, 180000)
        core = pal(r, k, ALNUM)
        if shape == 1:
            change(r, core, k // 2 - 1 - r.randrange(10), ALNUM)
        elif shape == 2:
            change(r, core, 0, ALNUM)
        s = noisy(r, core)
    elif shape == 3:
        core = pal(r, 9, ALNUM)
        s = noisy(r, core)
    elif shape == 4:
        c = r.choice(string.ascii_lowercase)
        s = noisy(r, [c] * 100001)
    else:
        words = []
        total = 0
        while total < L // 2 - 20:
            w = "".join(r.choice(ALNUM) for _ in range(r.randint(1, 8)))
            words.append(w)
            total += len(w) + 1
        text = " ".join(words)
        full = text + text[::-1]
        core = list(full)
        # change a digit/letter in the second half
        pos = len(full) * 3 // 4
        while not core[pos].isalnum():
            pos += 1
        change(r, core, pos, string.digits)
        s = "".join(rcase(r, c) for c in core)
        s = s + " " * (L - len(s))
        s = s[:L]
    sys.stdout.write(s + "\n")


main()
