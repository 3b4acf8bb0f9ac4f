# Binary insertion sort: stone k goes among the k-1 already sorted after a binary
# search over its k possible positions, at most ceil(log2 k) queries, which summed
# over k is exactly the budget.
import sys


def main():
    readline = sys.stdin.readline
    n = int(readline())

    def lighter(i, j):
        # flush=True: the judge must see the query before we wait for its reply
        print("?", i, j, flush=True)
        return readline().strip() == "<"

    order = [1]
    for i in range(2, n + 1):
        lo, hi = 0, len(order)
        while lo < hi:
            mid = (lo + hi) // 2
            if lighter(i, order[mid]):
                hi = mid
            else:
                lo = mid + 1
        order.insert(lo, i)
    print("!", *order, flush=True)


main()
