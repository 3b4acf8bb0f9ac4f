# Mistake: greedy. Walks through a and matches each character with the next
# occurrence in b after the previous match. Early matches can block better ones.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    a, b = data[0], data[1]
    pos = 0
    count = 0
    for c in a:
        k = b.find(bytes([c]), pos)
        if k >= 0:
            count += 1
            pos = k + 1
    print(count)


main()
