# Mistake: starts the maximum at 0, so when every window is negative it
# prints 0 instead of the least negative window sum.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    cur = 0
    best = 0
    for i in range(n):
        cur += a[i]
        if i >= k:
            cur -= a[i - k]
        if i >= k - 1 and cur > best:
            best = cur
    print(best)


main()
