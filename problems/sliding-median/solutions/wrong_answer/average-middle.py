# Mistake: for even k prints the average of the two middle elements (rounded
# down) instead of the lower middle element. Uses a plain sorted list, which
# is also slow, but the answers are already wrong on small tests.
import sys
from bisect import insort, bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    w = sorted(a[:k])
    out = []
    for i in range(k, n + 1):
        if k % 2:
            out.append(w[k // 2])
        else:
            out.append((w[k // 2 - 1] + w[k // 2]) // 2)
        if i < n:
            del w[bisect_left(w, a[i - k])]
            insort(w, a[i])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
