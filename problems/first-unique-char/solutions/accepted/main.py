import sys
from collections import Counter


def main():
    s = sys.stdin.buffer.read().split()[0].decode()
    cnt = Counter(s)
    # index of the first occurrence of each unique letter; take the smallest
    firsts = [s.index(c) for c, k in cnt.items() if k == 1]
    print(min(firsts) if firsts else -1)


main()
