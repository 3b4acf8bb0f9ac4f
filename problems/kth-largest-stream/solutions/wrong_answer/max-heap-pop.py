# Mistake: uses a max-heap of size k and evicts the largest value instead of
# the smallest, so it keeps the k smallest values and reports the k-th
# smallest score rather than the k-th largest.
import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []  # max-heap via negation
    out = []
    for x in map(int, data[2:2 + n]):
        heappush(heap, -x)
        if len(heap) > k:
            heappop(heap)
        out.append(-1 if len(heap) < k else -heap[0])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
