"""Generator for meeting-rooms: python3 gen.py SEED prints one test.

The shape of the test depends on SEED % 6:
  0  random long meetings over the whole time range (large overlap)
  1  almost all meetings overlap each other (answer close to n)
  2  tiny time range, lots of equal start/end times
  3  identical blocks of meetings that touch end-to-start
  4  staircase [i*K, (i+n/2)*K): every end coincides with a later start
  5  short meetings spread over the whole range (small answer)
"""
import sys
import random

MAXT = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = 200000
    ms = []
    if shape == 0:
        for _ in range(n):
            s = r.randint(0, MAXT - 1)
            ms.append((s, r.randint(s + 1, MAXT)))
    elif shape == 1:
        for _ in range(n):
            ms.append((r.randint(0, 10 ** 5), r.randint(9 * 10 ** 8, MAXT)))
    elif shape == 2:
        for _ in range(n):
            s = r.randint(0, 49)
            ms.append((s, s + r.randint(1, 3)))
    elif shape == 3:
        groups = r.choice([50, 100, 200])
        per = n // groups
        length = MAXT // groups
        for g in range(groups):
            ms.extend([(g * length, (g + 1) * length)] * per)
    elif shape == 4:
        half = n // 2
        k = r.randint(1000, MAXT // (n + half))
        for i in range(n):
            ms.append((i * k, (i + half) * k))
    else:
        for _ in range(n):
            s = r.randint(0, MAXT - 1)
            ms.append((s, min(MAXT, s + r.randint(1, 10000))))
        # a few exact duplicates
        for _ in range(1000):
            ms[r.randrange(n)] = ms[r.randrange(n)]
    r.shuffle(ms)
    out = [str(len(ms))]
    out.extend(f"{s} {e}" for s, e in ms)
    sys.stdout.write("\n".join(out) + "\n")


main()
