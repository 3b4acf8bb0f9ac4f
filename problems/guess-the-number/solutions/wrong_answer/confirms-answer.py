# Narrows [lo, hi] down to one number lower-bound style (`=` is treated like `<`:
# hi = mid), then asks `? lo` to see `=` before answering. That confirmation is
# one query too many: `! x` may be printed without `=`, and the narrowing alone
# already costs the whole budget when n is not a power of two.
def main():
    n = int(input())
    lo, hi = 1, n
    while lo < hi:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)
        reply = input().strip()
        if reply == ">":
            lo = mid + 1
        else:
            hi = mid
    print("?", lo, flush=True)
    input()
    print("!", lo, flush=True)


main()
