import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    target = int(data[1])
    seen = {}  # value -> an earlier index holding it
    for j in range(n):
        v = int(data[2 + j])
        i = seen.get(target - v)
        if i is not None:
            sys.stdout.write(f"{i} {j}\n")
            return
        if v not in seen:
            seen[v] = j


main()
