# A correct binary search that forgets flush=True. stdout is a pipe, so Python
# buffers the first query instead of sending it; the solution then waits for a
# reply the judge cannot give, and both wait until the wall-clock limit.
# (It reads with sys.stdin.readline: input() would flush stdout by itself.)
import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo <= hi:
        mid = (lo + hi) // 2
        print("?", mid)
        reply = sys.stdin.readline().strip()
        if reply == "=":
            print("!", mid)
            return
        if reply == ">":
            lo = mid + 1
        else:
            hi = mid - 1


main()
