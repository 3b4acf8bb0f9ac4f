import sys
from bisect import bisect_right
from itertools import repeat


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    # Bottom-up merge sort. For two adjacent sorted runs L and R, the pairs
    # (x in L, y in R) with x > y are |L|*|R| minus the pairs with x <= y,
    # and bisect_right(L, y) counts the x <= y for one y (equal values are
    # not inversions). sorted() merges two ascending runs in linear time.
    runs = [[x] for x in a]
    total = 0
    while len(runs) > 1:
        nxt = []
        push = nxt.append
        for i in range(0, len(runs) - 1, 2):
            left = runs[i]
            right = runs[i + 1]
            if left[-1] > right[0]:
                total += len(left) * len(right) - sum(map(bisect_right, repeat(left, len(right)), right))
                left = left + right
                left.sort()
            else:
                left = left + right
            push(left)
        if len(runs) % 2:
            push(runs[-1])
        runs = nxt
    print(total)


main()
