# WRONG: a hand-written binary search whose search range is [0, n-1] instead of
# [0, n], so it can never answer n (when every element is smaller than x).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = []
    for t in range(q):
        x = int(data[2 + n + t])
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    print("\n".join(map(str, out)))


main()
