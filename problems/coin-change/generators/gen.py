"""Generator for coin-change: python3 gen.py SEED prints one test.

n = 100 coins, amount close to 10^5. The shape depends on SEED % 6:
  0  random coins in [1, 1000]
  1  greedy traps: coins b, 2b+... chosen so that largest-first is not optimal
  2  all coins multiples of some g >= 2, amount not a multiple: answer -1
     (the DP still has to fill the whole table)
  3  coins 1..100 (answer around 1000)
  4  most coins exceed the amount (up to 10^9), a few small usable ones
  5  two coprime coins around 300 plus useless duplicates: a large answer
"""
import sys
import random

A = 10 ** 5
N = 100


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    amount = A - r.randint(0, 50)
    if shape == 0:
        coins = [r.randint(1, 1000) for _ in range(N)]
    elif shape == 1:
        coins = []
        while len(coins) < N:
            b = r.randint(3, 3000)
            coins.extend((b, b + 1, 2 * b - 1) if b % 2 else (b, 2 * b - 1))
        coins = coins[:N]
    elif shape == 2:
        g = r.choice((2, 3, 7, 10))
        coins = [g * r.randint(1, 2000) for _ in range(N)]
        while amount % g == 0:
            amount -= 1
    elif shape == 3:
        coins = list(range(1, N + 1))
    elif shape == 4:
        coins = [r.randint(A + 1, 10 ** 9) for _ in range(N - 5)]
        coins += [r.randint(2, 999) for _ in range(5)]
    else:
        p = r.randint(280, 320)
        q = p + 1
        coins = [p] * 50 + [q] * 50
        amount = p * (q - 1) + r.randint(0, 200)
    r.shuffle(coins)
    sys.stdout.write(f"{len(coins)} {amount}\n" + " ".join(map(str, coins)) + "\n")


main()
