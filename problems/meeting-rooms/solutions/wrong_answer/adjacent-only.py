# Mistake: after sorting by start, only compares each meeting with the one
# right before it and opens a new room whenever they overlap.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    meetings = sorted(zip(map(int, data[1:2 * n + 1:2]), map(int, data[2:2 * n + 2:2])))
    rooms = 1
    for i in range(1, n):
        if meetings[i][0] < meetings[i - 1][1]:
            rooms += 1
    print(rooms)


main()
