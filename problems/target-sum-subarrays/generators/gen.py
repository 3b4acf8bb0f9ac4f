"""Generator for target-sum-subarrays: python3 gen.py SEED prints one test.

n = 100000. The shape depends on SEED % 8:
  0  every number 0, target 0: n(n+1)/2 = 5000050000 stretches (beyond 2^32)
  1  alternating c, -c, target 0: about 2.5 * 10^9 stretches (beyond 2^31)
  2  random numbers in [-10^4, 10^4], target the sum of a random stretch
  3  numbers in {-1, 0, 1}, small random target
  4  every number 10^4 (or -10^4), target +-10^9: only the whole array
  5  mostly zeros with a few non-zero numbers, target 0 or one of them
  6  random numbers in [-3, 3], target 0
  7  random positive numbers with a negative target, or all zeros with a
     non-zero target: the answer is 0
"""
import json
import random
import sys

N = 100000
V = 10 ** 4


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    if shape == 0:
        a, t = [0] * N, 0
    elif shape == 1:
        c = r.randint(1, V)
        a, t = [c if i % 2 == 0 else -c for i in range(N)], 0
    elif shape == 2:
        a = [r.randint(-V, V) for _ in range(N)]
        i = r.randrange(N)
        j = r.randrange(i, min(N, i + 1000))
        t = sum(a[i:j + 1])
    elif shape == 3:
        a = [r.randint(-1, 1) for _ in range(N)]
        t = r.randint(-3, 3)
    elif shape == 4:
        sign = r.choice([1, -1])
        a, t = [sign * V] * N, sign * V * N
    elif shape == 5:
        a = [0] * N
        for _ in range(50):
            a[r.randrange(N)] = r.randint(-V, V)
        t = r.choice([0, a[r.randrange(N)], r.choice([x for x in a if x != 0] or [0])])
    elif shape == 6:
        a = [r.randint(-3, 3) for _ in range(N)]
        t = 0
    else:
        if seed % 16 == 7:
            a = [r.randint(1, V) for _ in range(N)]
            t = -r.randint(1, 10 ** 9)
        else:
            a = [0] * N
            t = r.choice([1, -1, 10 ** 9, -10 ** 9])
    assert len(a) == N and all(-V <= x <= V for x in a) and -10 ** 9 <= t <= 10 ** 9
    sys.stdout.write(json.dumps(a, separators=(",", ":")) + "\n" + str(t) + "\n")


main()
