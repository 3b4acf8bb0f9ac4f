"""Generator for daily-temperatures: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  uniformly random temperatures in [-10^9, 10^9]
  1  strictly decreasing from near 10^9 to near -10^9 (all answers 0)
  2  all temperatures equal (all answers 0; equal is not warmer)
  3  non-increasing with long plateaus, then one maximum on the last day
     (answer n - i for almost every day)
  4  small range [-100, 100], many repeats
  5  long falling runs separated by rising steps: answers of thousands of days
"""
import random
import sys

N = 200000
LIM = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        t = [r.randint(-LIM, LIM) for _ in range(N)]
    elif shape == 1:
        t = sorted(r.sample(range(-LIM, LIM + 1), N), reverse=True)
    elif shape == 2:
        t = [r.randint(-LIM, LIM)] * N
    elif shape == 3:
        t = sorted((r.randint(-LIM, LIM - 1) for _ in range(N - 1)), reverse=True)
        for i in range(0, N - 1, 50):  # plateaus
            t[i:i + 25] = [t[i]] * len(t[i:i + 25])
        t.append(LIM)
    elif shape == 4:
        t = [r.randint(-100, 100) for _ in range(N)]
    else:
        t = []
        base = -LIM
        while len(t) < N:
            run = r.randint(2000, 6000)
            top = base + r.randint(10 ** 6, 2 * 10 ** 6)
            t.extend(top - 2 * k for k in range(run))
            base = top - 10 ** 6 + 1
        t = t[:N]
    sys.stdout.write(f"{N}\n" + " ".join(map(str, t)) + "\n")


main()
