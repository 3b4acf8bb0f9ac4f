"""Generator for climbing-stairs: python3 gen.py SEED prints one test.

The shape depends on SEED % 4 (n close to 10^6):
  0  strides {1, 2, 3} in random order (the 32-bit overflow trap)
  1  three random small strides (1..20)
  2  two strides with a common divisor d and n not divisible by d -> 0,
     or n divisible by d
  3  one small stride plus one or two strides larger than n
"""
import random
import sys


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 4
    n = 10**6 - r.randint(0, 1000)
    if shape == 0:
        s = [1, 2, 3]
        r.shuffle(s)
    elif shape == 1:
        s = r.sample(range(1, 21), 3)
    elif shape == 2:
        d = r.choice([2, 3, 5])
        s = [d * r.randint(1, 5), d * r.randint(6, 10)]
        if seed // 4 % 2 == 0:
            n -= n % d          # reachable
        elif n % d == 0:
            n -= 1              # unreachable
    else:
        s = [r.randint(1, 4)] + r.sample(range(n + 1, 10**6 + 1), r.randint(1, 2)) if n < 10**6 else [1]
        r.shuffle(s)
    sys.stdout.write(f"{n} {len(s)}\n{' '.join(map(str, s))}\n")


main()
