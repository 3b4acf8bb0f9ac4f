# WRONG: restocks SKUs whose stock is at or below the threshold (<= instead of <).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    stock = {}
    for i in range(n):
        sku = data[2 + 2 * i].decode()
        stock[sku] = stock.get(sku, 0) + int(data[3 + 2 * i])
    low = sorted(s for s, v in stock.items() if v <= t)
    print("\n".join(low) if low else "NONE")


main()
