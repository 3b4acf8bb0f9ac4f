# Tries 1, 2, 3, ... in turn: correct, but n queries in the worst case, far over
# the budget of about log2(n). Passes only when the hidden number is tiny.
def main():
    n = int(input())
    for y in range(1, n + 1):
        print("?", y, flush=True)
        if input().strip() == "=":
            print("!", y, flush=True)
            return


main()
