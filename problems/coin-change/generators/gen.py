"""Generator for coin-change: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, min(N, 100)] coins (few coins are common) with values from a
small range (1..3, 1..6, 1..10 or 1..2N, sometimes all multiples of 2 or 3 so
that odd amounts are impossible) and an amount in [0, max(10, 2N)]. In about
1 test of 5 the amount and the coins come from the full range instead (amount
up to 10^5, coins up to 10^9, including 1, 10^9 and coins just above the
amount).
The same (SEED, N) always prints the same test.

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


def small(r, max_n):
    """One stress test: at most min(max_n, N) coins, small values (or 1 in 5 full)."""
    n = r.randint(1, r.randint(1, min(max_n, N)))
    if r.random() < 0.2:
        amount = r.choice([A, A - 1, 0, r.randint(0, A), r.randint(0, 100)])
        pool = [1, 2, 3, 10 ** 9, 10 ** 9 - 1, amount + 1, max(1, amount),
                r.randint(1, 10 ** 9), r.randint(1, 1000), r.randint(1, 50)]
        coins = [r.choice(pool) for _ in range(n)]
    else:
        amount = 0 if r.random() < 0.1 else r.randint(1, max(10, 2 * max_n))
        hi = r.choice([3, 6, 10, 2 * max_n])
        g = r.choice([1, 1, 1, 2, 3])
        coins = [g * r.randint(1, hi) for _ in range(n)]
    return f"{n} {amount}\n" + " ".join(map(str, coins)) + "\n"


def stress_args():
    """(seed, max_n) from argv: SEED [--max-n N]; max_n is None without it."""
    args = sys.argv[1:]
    seed = int(args[0])
    max_n = None
    if "--max-n" in args[1:]:
        max_n = int(args[args.index("--max-n", 1) + 1])
        if max_n < 1:
            sys.exit("--max-n must be at least 1")
    return seed, max_n


def main():
    seed, max_n = stress_args()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
