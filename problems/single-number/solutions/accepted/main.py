import sys
from functools import reduce
from operator import xor


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # Python ints XOR as infinite two's complement, so negatives work too.
    print(reduce(xor, map(int, data[1:1 + n]), 0))


main()
