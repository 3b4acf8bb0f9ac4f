import sys


def main():
    s = sys.stdin.buffer.read().split()[0].decode()
    match = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif c in match:
            if not stack or stack.pop() != match[c]:
                print("NO")
                return
    print("NO" if stack else "YES")


main()
