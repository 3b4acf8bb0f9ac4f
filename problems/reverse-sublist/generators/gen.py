"""Generator for reverse-sublist: python3 gen.py SEED prints one test.

Three lines: the list as a JSON array, then left, then right. The shape depends
on SEED % 8 (n = 100000 unless noted):
  0  the whole list: left = 1, right = n
  1  almost the whole list: left = 2, right = n - 1
  2  left = 1, right = n - 1 (new head, and one node after the stretch)
  3  a wide stretch at random: left in [1, 100], right in [n - 100, n]
  4  random left <= right anywhere in the list
  5  left = right (nothing changes), values with many duplicates
  6  a short stretch at the very end: right = n, left = n - k for small k
  7  a smaller list (n random in [2, 1000]), random stretch starting at 1
Values are random over [-10^9, 10^9], except shape 5 (values in [-2, 2]).
"""
import random
import sys

LIM = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 8
    n = 100000
    if shape == 7:
        n = r.randint(2, 1000)
    if shape == 5:
        vals = [r.randint(-2, 2) for _ in range(n)]
    else:
        vals = [r.randint(-LIM, LIM) for _ in range(n)]
    if shape == 0:
        left, right = 1, n
    elif shape == 1:
        left, right = 2, n - 1
    elif shape == 2:
        left, right = 1, n - 1
    elif shape == 3:
        left, right = r.randint(1, 100), r.randint(n - 100, n)
    elif shape == 4:
        left, right = sorted((r.randint(1, n), r.randint(1, n)))
    elif shape == 5:
        left = right = r.randint(1, n)
    elif shape == 6:
        right = n
        left = n - r.randint(1, 5)
    else:
        left, right = 1, r.randint(1, n - 1)
    assert 1 <= left <= right <= n
    sys.stdout.write("[" + ",".join(map(str, vals)) + f"]\n{left}\n{right}\n")


main()
