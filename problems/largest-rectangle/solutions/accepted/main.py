import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    h.append(0)  # sentinel: flushes the stack at the end
    stack = [-1]  # -1 acts as a permanent left border
    push, pop = stack.append, stack.pop
    best = 0
    hh = h
    for i, x in enumerate(hh):
        while len(stack) > 1 and hh[stack[-1]] >= x:
            height = hh[pop()]
            area = height * (i - stack[-1] - 1)
            if area > best:
                best = area
        push(i)
    print(best)


main()
