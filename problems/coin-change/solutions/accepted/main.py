# Same DP as main.cpp, but a per-element Python loop over n * amount = 10^7
# cells is too slow, so every coin is applied with whole-slice operations that
# run in C (map / accumulate).
#
# For a coin c, new[x] = min(best[x], new[x - c] + 1). Two ways to vectorise:
#  * large c: the amounts split into blocks [k*c, (k+1)*c); a block only
#    depends on the block before it, which is already final, so each block is
#    one elementwise min of two slices (about amount / c Python-level steps);
#  * small c: along one residue class x = r, r + c, r + 2c, ...,
#    new[r + j*c] = j + prefix_min(best[r + i*c] - i), one accumulate per class
#    (about c Python-level steps).
import sys
from itertools import accumulate, repeat
from operator import add, sub


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted(set(c for c in map(int, data[2:2 + n]) if c <= amount))
    INF = 1 << 40
    best = [INF] * (amount + 1)
    best[0] = 0
    for c in coins:
        if c < 16:
            for r in range(c):
                col = best[r::c]
                idx = range(len(col))
                best[r::c] = list(map(add, accumulate(map(sub, col, idx), min), idx))
        else:
            for lo in range(c, amount + 1, c):
                hi = min(lo + c, amount + 1)
                prev = best[lo - c:hi - c]
                best[lo:hi] = list(map(min, best[lo:hi], map(add, prev, repeat(1))))
    print(best[amount] if best[amount] < INF else -1)


main()
