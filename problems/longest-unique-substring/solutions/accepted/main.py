import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    last = [-1] * 256
    left = 0
    best = 0
    for r, c in enumerate(s):
        p = last[c]
        if p >= left:
            left = p + 1
        last[c] = r
        if r - left + 1 > best:
            best = r - left + 1
    print(best)


main()
