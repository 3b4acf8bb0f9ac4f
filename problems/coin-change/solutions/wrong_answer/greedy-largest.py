# WRONG: greedy, always takes as many of the largest remaining coin as fit.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted(map(int, data[2:2 + n]), reverse=True)
    used = 0
    left = amount
    for c in coins:
        used += left // c
        left %= c
    print(used if left == 0 else -1)


main()
