# Mistake: keeps only letters and drops digits, so "a1b2a" looks like "aba".
import sys


def main():
    line = sys.stdin.buffer.readline().decode("ascii").rstrip("\r\n")
    kept = "".join(c for c in line.lower() if c.isascii() and c.isalpha())
    print("YES" if kept == kept[::-1] else "NO")


main()
