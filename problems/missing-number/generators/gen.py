"""Generator for missing-number: python3 gen.py SEED prints one test.

The shape depends on SEED % 5 (n = 200000 unless stated):
  0  random order, the missing ID is random
  1  random order, the missing ID is n (the largest)
  2  ascending order, the missing ID is 0
  3  descending order, the missing ID is random
  4  random n in [46341, 200000] (n*(n+1) overflows 32 bits), random order,
     missing ID near the middle
"""
import random
import sys


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 5
    n = 200000
    if shape == 4:
        n = r.randint(46341, 200000)
    if shape == 1:
        miss = n
    elif shape == 2:
        miss = 0
    elif shape == 4:
        miss = n // 2 + r.randint(-100, 100)
    else:
        miss = r.randint(0, n)
    a = [v for v in range(n + 1) if v != miss]
    if shape == 3:
        a.reverse()
    elif shape != 2:
        r.shuffle(a)
    assert len(a) == n
    sys.stdout.write(f"{n}\n{' '.join(map(str, a))}\n")


main()
