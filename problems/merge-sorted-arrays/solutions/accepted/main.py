import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    b = list(map(int, data[2 + n:2 + n + m]))
    out = []
    push = out.append
    i = j = 0
    while i < n and j < m:
        if a[i] <= b[j]:
            push(a[i])
            i += 1
        else:
            push(b[j])
            j += 1
    # at most one of the two lists still has elements
    out.extend(a[i:])
    out.extend(b[j:])
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
