"""Generator for single-number: python3 gen.py SEED prints one test.

n = 200001 (100000 pairs plus the lonely value). The shape depends on SEED % 5:
  0  random distinct values over the full range, shuffled
  1  the lonely value is the largest value (breaks "check pairs, forget the last")
  2  everything negative; the lonely value is -10^9
  3  values close to zero (|v| <= 100000) so the bits above 17 are mostly the sign
  4  pairs kept adjacent (not shuffled), lonely value placed at a random spot
"""
import sys
import random

LIM = 10 ** 9
PAIRS = 100000


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 5
    if shape == 0:
        vals = r.sample(range(-LIM, LIM + 1), PAIRS + 1)
        single = vals.pop()
    elif shape == 1:
        vals = r.sample(range(-LIM, LIM), PAIRS)
        single = LIM
    elif shape == 2:
        vals = r.sample(range(-LIM + 1, 0), PAIRS)
        single = -LIM
    elif shape == 3:
        single = -r.randint(1, 100000)
        vals = [v for v in r.sample(range(-100000, 100001), PAIRS + 1) if v != single][:PAIRS]
    else:
        vals = r.sample(range(-LIM, LIM + 1), PAIRS + 1)
        single = vals.pop()
    if shape == 4:
        a = []
        for v in vals:
            a.append(v)
            a.append(v)
        a.insert(r.randint(0, len(a)), single)
    else:
        a = vals + vals + [single]
        r.shuffle(a)
    sys.stdout.write(f"{len(a)}\n" + " ".join(map(str, a)) + "\n")


main()
