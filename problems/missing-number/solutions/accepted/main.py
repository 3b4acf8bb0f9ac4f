import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # Python integers do not overflow, so the sum formula is safe here.
    print(n * (n + 1) // 2 - sum(map(int, data[1:n + 1])))


main()
