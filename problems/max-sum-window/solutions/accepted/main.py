import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    cur = sum(a[:k])
    best = cur
    for x, y in zip(a[k:], a):  # x enters, y leaves
        cur += x - y
        if cur > best:
            best = cur
    print(best)


main()
