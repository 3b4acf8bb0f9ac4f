# WRONG: treats equal heads as "the same event" and outputs the value once,
# so values present in both arrays lose a copy.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    b = list(map(int, data[2 + n:2 + n + m]))
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] < b[j]:
            out.append(a[i]); i += 1
        elif b[j] < a[i]:
            out.append(b[j]); j += 1
        else:
            out.append(a[i]); i += 1; j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    print(" ".join(map(str, out)))


main()
