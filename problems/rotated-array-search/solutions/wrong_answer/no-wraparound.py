# Mistake: rotates the array back into sorted order, binary searches there,
# and converts the position back with p + pos, forgetting the wrap-around
# (mod n), so values stored before the rotation point get wrong indices.
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    q = int(data[n + 1])
    p = a.index(min(a))
    b = a[p:] + a[:p]
    out = []
    for tok in data[n + 2:n + 2 + q]:
        x = int(tok)
        i = bisect_left(b, x)
        out.append(p + i if i < n and b[i] == x else -1)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
