# Mistake: the coin-change loop order (strides in the outer loop) counts
# multisets of strides, so 1+2 and 2+1 are counted only once.
import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    ways = [0] * (n + 1)
    ways[0] = 1
    for s in map(int, data[2:2 + k]):
        for i in range(s, n + 1):
            ways[i] = (ways[i] + ways[i - s]) % MOD
    print(ways[n])


main()
