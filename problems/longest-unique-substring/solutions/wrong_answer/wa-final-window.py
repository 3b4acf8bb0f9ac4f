# Mistake: the window length is only recorded when a repeat closes it, so the
# window that is still open at the end of the string is never counted.
import sys


def main():
    s = sys.stdin.buffer.read().split()[0]
    last = {}
    left = 0
    best = 0
    for r, c in enumerate(s):
        if c in last and last[c] >= left:
            best = max(best, r - left)
            left = last[c] + 1
        last[c] = r
    print(best)


main()
