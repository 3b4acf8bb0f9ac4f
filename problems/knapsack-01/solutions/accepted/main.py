# 1-D knapsack DP, one list comprehension per item. best[c] is only kept
# correct for c <= min(W, total weight so far): larger capacities are never
# read before they are reached, which saves work while the prefix is light.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)
    total = 0
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > cap:
            continue
        prev_top = min(cap, total)
        total += w
        top = min(cap, total)
        # capacities in (prev_top, top] start from the best value so far
        if top > prev_top:
            best[prev_top + 1:top + 1] = [best[prev_top]] * (top - prev_top)
        # new best[c] for c in [w, top]; the right-hand side reads old values
        best[w:top + 1] = [x if x > y else y
                           for x, y in zip(best[w:top + 1], map(v.__add__, best))]
    print(best[min(cap, total)])


main()
