import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    stock = {}
    get = stock.get
    for i in range(2, 2 + 2 * n, 2):
        sku = data[i]
        stock[sku] = get(sku, 0) + int(data[i + 1])  # int() accepts b"+25"
    # bytes compare byte-wise, which is exactly ASCII order
    low = sorted(s for s, v in stock.items() if v < t)
    if not low:
        print("NONE")
    else:
        sys.stdout.write(b"\n".join(low).decode() + "\n")


main()
