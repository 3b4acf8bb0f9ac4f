"""Generator for merge-sorted-arrays: python3 gen.py SEED prints one test.

The shape depends on SEED % 6:
  0  random values over the full range, n = m = 200000
  1  every element of a is smaller than every element of b (b's tail is long)
  2  heavy duplicates: values in [-3, 3], many equal heads across the arrays
  3  one array empty, the other of maximal size
  4  extremes only (-10^9 and 10^9), sizes differ a lot
  5  perfectly interleaved: a gets the even ranks, b the odd ranks
"""
import sys
import random

LIM = 10 ** 9
N = 200000


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        b = sorted(r.randint(-LIM, LIM) for _ in range(N))
    elif shape == 1:
        a = sorted(r.randint(-LIM, 0) for _ in range(N))
        b = sorted(r.randint(1, LIM) for _ in range(N))
        if r.random() < 0.5:
            a, b = b, a
    elif shape == 2:
        a = sorted(r.randint(-3, 3) for _ in range(N))
        b = sorted(r.randint(-3, 3) for _ in range(N))
    elif shape == 3:
        a = sorted(r.randint(-LIM, LIM) for _ in range(N))
        b = []
        if seed % 2:
            a, b = b, a
    elif shape == 4:
        a = sorted(r.choice((-LIM, LIM)) for _ in range(N))
        b = sorted(r.choice((-LIM, LIM)) for _ in range(r.randint(1, 10)))
    else:
        vals = sorted(r.sample(range(-LIM, LIM), 2 * N))
        a = vals[0::2]
        b = vals[1::2]
    out = [f"{len(a)} {len(b)}", " ".join(map(str, a)), " ".join(map(str, b))]
    sys.stdout.write("\n".join(out) + "\n")


main()
