import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = list(map(int, data[1:n + 1]))
    ans = [0] * n
    stack = []  # days still waiting; temperatures non-increasing bottom to top
    for j, x in enumerate(t):
        while stack and t[stack[-1]] < x:
            i = stack.pop()
            ans[i] = j - i
        stack.append(j)
    sys.stdout.write(" ".join(map(str, ans)) + "\n")


main()
