# Mistake: ignores the order of the days and answers max(p) - min(p), as if
# one could sell before buying.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = list(map(int, data[1:n + 1]))
    print(max(p) - min(p))


main()
