import sys


def main():
    s, t = sys.stdin.buffer.read().split()[:2]
    need = [0] * 128
    for c in t:
        need[c] += 1
    missing = len(t)
    best = 0
    l = 0
    for r, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing:
            continue
        # drop surplus characters from the left
        while need[s[l]] < 0:
            need[s[l]] += 1
            l += 1
        if best == 0 or r - l + 1 < best:
            best = r - l + 1
    print(best)


main()
