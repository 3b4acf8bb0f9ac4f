import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    # distinct ranks by (value, index): heaps then hold plain distinct ints and
    # a removed element is recognised by its rank alone
    order = sorted(range(n), key=a.__getitem__)
    rank = [0] * n
    for r, i in enumerate(order):
        rank[i] = r
    vals = [a[i] for i in order]

    lo = []  # max-heap (negated ranks): the smaller (k + 1) // 2 elements
    hi = []  # min-heap: the larger k // 2 elements
    gone = bytearray(n)
    for i in range(k):
        heappush(lo, -rank[i])
    for _ in range(k // 2):
        heappush(hi, -heappop(lo))
    out = [vals[-lo[0]]]
    for i in range(k, n):
        old = rank[i - k]
        new = rank[i]
        gone[old] = 1
        # balance = (valid size of lo) - (k + 1) // 2 after removal and insert
        bal = -1 if old <= -lo[0] else 0
        if new < -lo[0]:
            heappush(lo, -new)
            bal += 1
        else:
            heappush(hi, new)
        if bal < 0:
            while gone[hi[0]]:
                heappop(hi)
            heappush(lo, -heappop(hi))
        elif bal > 0:
            while gone[-lo[0]]:
                heappop(lo)
            heappush(hi, -heappop(lo))
        while gone[-lo[0]]:
            heappop(lo)
        while hi and gone[hi[0]]:
            heappop(hi)
        out.append(vals[-lo[0]])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
