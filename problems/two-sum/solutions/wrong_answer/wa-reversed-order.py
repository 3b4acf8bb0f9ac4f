# Mistake: prints the current index before the earlier one, so the pair is
# reported as "j i" with j > i.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    target = int(data[1])
    seen = {}
    for j in range(n):
        v = int(data[2 + j])
        if target - v in seen:
            print(j, seen[target - v])
            return
        seen[v] = j


main()
