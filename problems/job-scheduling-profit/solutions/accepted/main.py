import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:3 * n + 1]))
    starts, ends, profits = vals[0::3], vals[1::3], vals[2::3]
    order = sorted(range(n), key=ends.__getitem__)
    sorted_ends = [ends[i] for i in order]
    best = [0] * (n + 1)
    for k, i in enumerate(order):
        j = bisect_right(sorted_ends, starts[i])  # jobs ending at or before s_i
        take = best[j] + profits[i]
        best[k + 1] = take if take > best[k] else best[k]
    print(best[n])


main()
