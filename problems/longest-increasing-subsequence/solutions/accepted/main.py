import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tail = []
    for x in map(int, data[1:n + 1]):
        k = bisect_left(tail, x)
        if k == len(tail):
            tail.append(x)
        else:
            tail[k] = x
    print(len(tail))


main()
