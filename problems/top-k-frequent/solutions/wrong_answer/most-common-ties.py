# Mistake: Counter.most_common breaks ties by first appearance in the input,
# not by the smaller value.
import sys
from collections import Counter


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    cnt = Counter(map(int, data[2:2 + n]))
    sys.stdout.write(" ".join(str(v) for v, _ in cnt.most_common(k)) + "\n")


main()
