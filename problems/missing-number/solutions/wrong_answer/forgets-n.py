# Mistake: sorts and returns the first position i where a[i] != i, but forgets
# the case where all of 0..n-1 are present and the missing ID is n itself
# (it then reports the last index n-1).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(map(int, data[1:n + 1]))
    for i in range(n):
        if a[i] != i:
            print(i)
            return
    print(n - 1)


main()
