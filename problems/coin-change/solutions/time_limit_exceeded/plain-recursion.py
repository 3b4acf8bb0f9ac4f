# TOO SLOW: tries every coin at every step without memoisation (exponential).
import sys

sys.setrecursionlimit(1 << 20)


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted(set(c for c in map(int, data[2:2 + n]) if c <= amount), reverse=True)
    INF = float("inf")

    def go(left):
        if left == 0:
            return 0
        res = INF
        for c in coins:
            if c <= left:
                res = min(res, go(left - c) + 1)
        return res

    ans = go(amount)
    print(-1 if ans == INF else ans)


main()
