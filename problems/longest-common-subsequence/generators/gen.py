"""Generator for longest-common-subsequence: python3 gen.py SEED prints one test.

The shape depends on SEED % 7 (lengths 5000 unless noted):
  0  uniformly random over all 26 letters
  1  random over a 2-letter alphabet (long answer, many ties)
  2  b is a after about 10% random deletions and insertions
  3  disjoint alphabets: a uses a-m, b uses n-z (answer 0)
  4  a single repeated letter in both, lengths 5000 and 4000..5000
  5  b is a reversed with a few changes
  6  |a| = 5000, |b| small (1..50)
"""
import random
import string
import sys

N = 5000
LOW = string.ascii_lowercase


def rnd(r, k, alpha):
    return "".join(r.choice(alpha) for _ in range(k))


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 7
    if shape == 0:
        a, b = rnd(r, N, LOW), rnd(r, N, LOW)
    elif shape == 1:
        alpha = "".join(r.sample(LOW, 2))
        a, b = rnd(r, N, alpha), rnd(r, N, alpha)
    elif shape == 2:
        a = rnd(r, N, LOW)
        out = []
        for c in a:
            x = r.random()
            if x < 0.05:
                continue  # deletion
            if x < 0.10 and len(out) < N - 1:
                out.append(r.choice(LOW))  # insertion
            out.append(c)
        b = "".join(out)[:N]
    elif shape == 3:
        a, b = rnd(r, N, LOW[:13]), rnd(r, N, LOW[13:])
    elif shape == 4:
        c = r.choice(LOW)
        a, b = c * N, c * r.randint(4000, N)
    elif shape == 5:
        a = rnd(r, N, LOW[:r.randint(3, 26)])
        lst = list(a[::-1])
        for _ in range(50):
            lst[r.randrange(N)] = r.choice(LOW)
        b = "".join(lst)
    else:
        a, b = rnd(r, N, LOW), rnd(r, r.randint(1, 50), LOW)
    if r.random() < 0.5:
        a, b = b, a
    sys.stdout.write(a + "\n" + b + "\n")


main()
