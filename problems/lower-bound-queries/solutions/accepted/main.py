import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    queries = map(int, data[2 + n:2 + n + q])
    # bisect_left gives the first position whose value is >= x
    sys.stdout.write("\n".join(str(bisect_left(a, x)) for x in queries) + "\n")


main()
