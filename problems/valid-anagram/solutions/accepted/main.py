import sys
from collections import Counter


def main():
    s, t = sys.stdin.buffer.read().split()[:2]
    print("YES" if len(s) == len(t) and Counter(s) == Counter(t) else "NO")


main()
