import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, c = int(data[0]), int(data[1])
    s = data[2]
    counts = [s.count(bytes([ord("A") + t])) for t in range(26)]
    f = max(counts)
    k = counts.count(f)
    print(max(n, (f - 1) * (c + 1) + k))


main()
