# Binary search on the slope: if a[m] < a[m+1] a peak lies in [m+1, hi] (climbing right
# must stop before a[n+1] = -infinity), otherwise one lies in [lo, m].
import sys


def ask(i):
    print("?", i, flush=True)
    line = sys.stdin.readline()
    if not line:
        sys.exit(0)  # the judge has stopped the exchange
    return int(line)


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        m = (lo + hi) // 2
        if ask(m) < ask(m + 1):
            lo = m + 1
        else:
            hi = m
    print("!", lo, flush=True)


main()
