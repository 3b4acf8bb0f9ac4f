"""Generator for sink-zeros: python3 gen.py SEED prints one test (nums as JSON).

The shape depends on SEED % 6:
  0  random length in [1, 10^5], random share of zeros, values over the full range
  1  n = 10^5, about half of the values zero, at random places, full-range values
  2  n = 10^5, every value zero
  3  n = 10^5, no zero at all (negatives and positives, distinct, so order matters)
  4  n = 10^5, the first 60-90% are zeros, then distinct readings (long shifts)
  5  n = 10^5, zeros and non-zeros alternate, values +-1 .. +-10^9 and extremes
Input stays under ~1.2 MB.
"""
import json
import random
import sys

N = 10 ** 5
B = 10 ** 9


def nonzero(r):
    v = r.randint(1, B)
    return v if r.random() < 0.5 else -v


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        n = r.randint(1, N)
        p = r.random()
        nums = [0 if r.random() < p else nonzero(r) for _ in range(n)]
    elif shape == 1:
        nums = [0 if r.random() < 0.5 else nonzero(r) for _ in range(N)]
    elif shape == 2:
        nums = [0] * N
    elif shape == 3:
        nums = [v if r.random() < 0.5 else -v for v in r.sample(range(1, B + 1), N)]
    elif shape == 4:
        z = r.randint(N * 6 // 10, N * 9 // 10)
        nums = [0] * z + [nonzero(r) for _ in range(N - z)]
    else:
        nums = []
        for i in range(N):
            if i % 2 == (seed // 6) % 2:
                nums.append(0)
            else:
                nums.append(r.choice([B, -B, 1, -1, nonzero(r)]))
    sys.stdout.write(json.dumps(nums, separators=(",", ":")) + "\n")


main()
