# Mistake: to avoid the quadratic scan, only looks 100 days ahead and answers
# 0 if nothing warmer shows up in that window.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:n + 1]))
    ans = [0] * n
    for i in range(n):
        x = t[i]
        for j in range(i + 1, min(n, i + 101)):
            if t[j] > x:
                ans[i] = j - i
                break
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
