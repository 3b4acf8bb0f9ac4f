import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    lowest = None
    best = 0
    for p in map(int, data[1:n + 1]):
        if lowest is None or p < lowest:
            lowest = p
        elif p - lowest > best:
            best = p - lowest
    print(best)


main()
