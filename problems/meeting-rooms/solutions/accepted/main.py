import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1:2 * n + 1:2]))
    ends = sorted(map(int, data[2:2 * n + 2:2]))
    best = 0
    j = 0
    for i, s in enumerate(starts):
        # rooms whose meeting ended at or before s are free again
        while ends[j] <= s:
            j += 1
        if i + 1 - j > best:
            best = i + 1 - j
    print(best)


main()
