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

python3 gen.py SEED --max-n N (N >= 1) prints one small test for `grind stress`
instead: a line of 1..N characters (short lines more likely) over a small alphabet
(a, b, A, B, 0, 1, space, comma, dot), in about 1 test of 5 over all printable ASCII.
The line is random, or a palindrome under the rules (random case, noise between the
kept characters), or such a palindrome with one kept character changed. The same SEED
and N always give the same line; without --max-n the output is the one described above.
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


def stress_max_n():
    """The N of `--max-n N` (or `--max-n=N`), None without it."""
    args = sys.argv[2:]
    max_n = None
    i = 0
    while i < len(args):
        if args[i] == "--max-n" and i + 1 < len(args):
            max_n, i = args[i + 1], i + 2
        elif args[i].startswith("--max-n="):
            max_n, i = args[i][len("--max-n="):], i + 1
        else:
            sys.exit("usage: gen.py SEED [--max-n N]")
    if max_n is None:
        return None
    if not max_n.isdigit() or int(max_n) < 1:
        sys.exit("--max-n needs an integer N >= 1")
    return int(max_n)


def small(r, max_n):
    """One stress test: a line of 1..max_n printable characters."""
    length = r.randint(1, r.randint(1, max_n))
    if r.random() < 0.2:
        kept = string.ascii_lowercase + string.digits
        noise = "".join(chr(c) for c in range(32, 127) if not chr(c).isalnum())
    else:
        kept = "ab01"
        noise = " ,."
    kind = r.randrange(3)
    if kind == 0:
        chars = kept + kept.upper() + noise
        return "".join(r.choice(chars) for _ in range(length)) + "\n"
    k = r.randint(0, length)
    core = pal(r, k, kept)
    if kind == 2 and k > 0:
        change(r, core, r.randrange(k), kept)
    at = set(r.sample(range(length), k))
    out, j = [], 0
    for i in range(length):
        if i in at:
            out.append(rcase(r, core[j]))
            j += 1
        else:
            out.append(r.choice(noise))
    return "".join(out) + "\n"


def main():
    max_n = stress_max_n()
    if max_n is not None:
        sys.stdout.write(small(random.Random(int(sys.argv[1])), max_n))
        return
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
