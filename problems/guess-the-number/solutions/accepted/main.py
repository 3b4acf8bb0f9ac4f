# Binary search: [lo, hi] always holds the hidden number, and each query drops mid
# and the half on the wrong side, so at most n.bit_length() queries are asked.
def main():
    n = int(input())
    lo, hi = 1, n
    while lo <= hi:
        mid = (lo + hi) // 2
        print("?", mid, flush=True)  # without flush the query stays in our buffer
        reply = input().strip()
        if reply == "=":
            print("!", mid, flush=True)
            return
        if reply == ">":
            lo = mid + 1
        else:
            hi = mid - 1


main()
