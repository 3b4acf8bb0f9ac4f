# WRONG: forgets the bars still on the stack after the scan, so rectangles that
# reach the right edge of the chart are never measured.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    stack = [-1]
    best = 0
    for i in range(n):
        while len(stack) > 1 and h[stack[-1]] >= h[i]:
            height = h[stack.pop()]
            best = max(best, height * (i - stack[-1] - 1))
        stack.append(i)
    print(best)


main()
