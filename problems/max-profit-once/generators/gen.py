"""Generator for max-profit-once: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  uniformly random prices in [1, 10^9]
  1  strictly decreasing prices (answer 0)
  2  global maximum early, global minimum late, a modest rise in between
     (max - min is wrong here)
  3  strictly increasing from 1 to near 10^9 (answer close to 10^9)
  4  random walk with small steps
  5  all prices equal (answer 0) except one small dip and recovery
"""
import random
import sys

N = 200000
MAXP = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        p = [r.randint(1, MAXP) for _ in range(N)]
    elif shape == 1:
        p = sorted(r.sample(range(1, MAXP + 1), N), reverse=True)
    elif shape == 2:
        p = [r.randint(4 * 10 ** 8, 6 * 10 ** 8) for _ in range(N)]
        p[r.randrange(10, 1000)] = MAXP
        p[r.randrange(N - 1000, N - 10)] = 1
    elif shape == 3:
        p = sorted(r.sample(range(1, MAXP + 1), N))
        p[0], p[-1] = 1, MAXP
    elif shape == 4:
        cur = r.randint(MAXP // 3, 2 * MAXP // 3)
        p = []
        for _ in range(N):
            cur = min(MAXP, max(1, cur + r.randint(-5000, 5000)))
            p.append(cur)
    else:
        v = r.randint(2, MAXP)
        p = [v] * N
        i = r.randrange(1, N - 1)
        p[i] = v - r.randint(1, v - 1)
    sys.stdout.write(f"{N}\n" + " ".join(map(str, p)) + "\n")


main()
