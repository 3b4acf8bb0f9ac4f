# Binary splitting: half of the candidates on each pan (one left off when m is odd).
# Always right, but a weighing only keeps about half the candidates: ~log2(n) weighings,
# 16 for n = 10^5 against a budget of 11.
import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        a = (hi - lo + 1) // 2
        print("?", a, " ".join(map(str, range(lo, lo + 2 * a))), flush=True)
        reply = sys.stdin.readline().strip()
        if not reply:
            return
        if reply == "<":
            hi = lo + a - 1
        elif reply == ">":
            lo, hi = lo + a, lo + 2 * a - 1
        else:
            lo = hi  # the odd coin out
    print("!", lo, flush=True)


main()
