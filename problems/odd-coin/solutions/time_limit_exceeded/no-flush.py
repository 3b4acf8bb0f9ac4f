# The right ternary search, but print() without flush=True: with stdout a pipe, Python
# buffers the weighing, so the judge never sees it and both sides wait for each other.
import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        a = (hi - lo + 3) // 3
        print("?", a, " ".join(map(str, range(lo, lo + 2 * a))))
        reply = sys.stdin.readline().strip()
        if not reply:
            return
        if reply == "<":
            hi = lo + a - 1
        elif reply == ">":
            lo, hi = lo + a, lo + 2 * a - 1
        else:
            lo = lo + 2 * a
    print("!", lo)


main()
