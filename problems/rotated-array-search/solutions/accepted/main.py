import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    q = int(data[n + 1])
    last = a[-1]
    lo, hi = 0, n - 1
    while lo < hi:  # first index whose value is <= a[n-1]: the minimum
        mid = (lo + hi) // 2
        if a[mid] > last:
            lo = mid + 1
        else:
            hi = mid
    p = lo
    out = []
    for tok in data[n + 2:n + 2 + q]:
        x = int(tok)
        if x <= last:
            l, r = p, n
        else:
            l, r = 0, p
        i = bisect_left(a, x, l, r)
        out.append(i if i < r and a[i] == x else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
