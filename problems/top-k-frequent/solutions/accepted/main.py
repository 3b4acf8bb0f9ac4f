import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    cnt = Counter(data[2:2 + n])
    items = [(-c, int(v)) for v, c in cnt.items()]
    items.sort()
    sys.stdout.write(" ".join(str(v) for _, v in items[:k]) + "\n")


main()
