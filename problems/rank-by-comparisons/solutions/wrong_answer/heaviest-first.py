# Binary insertion sort that keeps its list heaviest first (it takes "<" to mean the
# new stone goes after) and prints that list: the right stones in reverse order.
import sys


def main():
    readline = sys.stdin.readline
    n = int(readline())

    def lighter(i, j):
        print("?", i, j, flush=True)
        return readline().strip() == "<"

    order = [1]
    for i in range(2, n + 1):
        lo, hi = 0, len(order)
        while lo < hi:
            mid = (lo + hi) // 2
            if lighter(i, order[mid]):
                lo = mid + 1  # bug: a lighter stone should go before order[mid]
            else:
                hi = mid
        order.insert(lo, i)
    print("!", *order, flush=True)


main()
