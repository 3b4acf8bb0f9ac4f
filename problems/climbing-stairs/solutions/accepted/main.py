import sys

MOD = 10**9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    sizes = [int(x) for x in data[2:2 + k] if int(x) <= n]
    ways = [0] * (n + 1)
    ways[0] = 1
    if not sizes:
        print(0)
        return
    top = max(sizes)
    # small i: some strides do not fit yet
    for i in range(1, min(top, n + 1)):
        ways[i] = sum(ways[i - s] for s in sizes if s <= i) % MOD
    # large i: every stride fits, use a specialised loop (the hot part)
    w = ways
    if len(sizes) == 1:
        a, = sizes
        for i in range(top, n + 1):
            w[i] = w[i - a]
    elif len(sizes) == 2:
        a, b = sizes
        for i in range(top, n + 1):
            w[i] = (w[i - a] + w[i - b]) % MOD
    else:
        a, b, c = sizes
        for i in range(top, n + 1):
            w[i] = (w[i - a] + w[i - b] + w[i - c]) % MOD
    print(w[n])


main()
