import sys
from heapq import heappush, heapreplace


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + n]))
    heap = []
    out = []
    for x in vals[:k - 1]:
        heappush(heap, x)
        out.append(-1)
    for x in vals[k - 1:]:
        if len(heap) < k:
            heappush(heap, x)
        elif x > heap[0]:
            heapreplace(heap, x)
        out.append(heap[0])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
