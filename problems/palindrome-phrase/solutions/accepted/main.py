import sys


def main():
    line = sys.stdin.buffer.readline().decode("ascii").rstrip("\r\n")
    kept = "".join(c for c in line.lower() if c.isascii() and c.isalnum())
    print("YES" if kept == kept[::-1] else "NO")


main()
