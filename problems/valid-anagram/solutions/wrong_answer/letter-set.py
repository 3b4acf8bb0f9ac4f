# Mistake: compares only which letters occur (and the lengths), not how many
# times each one occurs, so "aab" and "abb" are wrongly accepted.
import sys


def main():
    s, t = sys.stdin.buffer.read().split()[:2]
    print("YES" if len(s) == len(t) and set(s) == set(t) else "NO")


main()
