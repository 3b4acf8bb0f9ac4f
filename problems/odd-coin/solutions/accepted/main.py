# Ternary splitting: a = ceil(m/3) coins on each pan, the rest (at most a) off the scale.
# Each reply keeps one of the three groups, so ceil(log3 n) weighings suffice.
import sys


def main():
    n = int(sys.stdin.readline())
    lo, hi = 1, n
    while lo < hi:
        a = (hi - lo + 3) // 3  # ceil(m / 3) with m = hi - lo + 1
        print("?", a, " ".join(map(str, range(lo, lo + 2 * a))), flush=True)
        reply = sys.stdin.readline().strip()
        if not reply:
            return  # the judge has stopped the exchange
        if reply == "<":
            hi = lo + a - 1
        elif reply == ">":
            lo, hi = lo + a, lo + 2 * a - 1
        else:
            lo = lo + 2 * a  # balanced: the light coin was off the scale
    print("!", lo, flush=True)


main()
