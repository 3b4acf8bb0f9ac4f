"""Generator for zero-sum-triples: python3 gen.py SEED prints one test.

n = 3000. The shape depends on SEED % 8:
  0  random values in [-10^5, 10^5] (about 16000 triples)
  1  only odd values: three odd numbers never sum to 0, so the answer is
     empty, and a two-pointer scan does its full O(n^2) work
  2  random values in [-50, 50]: every value repeats about 30 times
  3  every value 0: the single triple [0, 0, 0]
  4  3000 distinct values from [-20000, 20000] (tens of thousands of triples)
  5  mostly negative values and a few positive ones
  6  only the five values -10^5, -5 * 10^4, 0, 5 * 10^4, 10^5
  7  1500 distinct values, each appearing exactly twice (triples [x, x, -2x])
"""
import json
import random
import sys

N = 3000
V = 10 ** 5


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        a = [r.randint(-V, V) for _ in range(N)]
    elif shape == 1:
        a = [2 * r.randint(-V // 2, V // 2 - 1) + 1 for _ in range(N)]
    elif shape == 2:
        a = [r.randint(-50, 50) for _ in range(N)]
    elif shape == 3:
        a = [0] * N
    elif shape == 4:
        a = r.sample(range(-20000, 20001), N)
    elif shape == 5:
        k = r.randint(5, 30)
        a = [-r.randint(1, V) for _ in range(N - k)] + [r.randint(1, V) for _ in range(k)]
    elif shape == 6:
        a = [r.choice([-V, -V // 2, 0, V // 2, V]) for _ in range(N)]
    else:
        a = r.sample(range(-4000, 4001), N // 2) * 2
    r.shuffle(a)
    assert len(a) == N and all(-V <= x <= V for x in a)
    sys.stdout.write(json.dumps(a, separators=(",", ":")) + "\n")


main()
