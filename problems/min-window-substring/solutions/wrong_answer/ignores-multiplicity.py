# Mistake: only requires every distinct character of t to appear once in the
# window, ignoring how many times it occurs in t.
import sys


def main():
    s, t = sys.stdin.buffer.read().split()[:2]
    req = set(t)
    cnt = [0] * 128
    have = 0
    best = 0
    l = 0
    for r, c in enumerate(s):
        cnt[c] += 1
        if c in req and cnt[c] == 1:
            have += 1
        while have == len(req):
            if best == 0 or r - l + 1 < best:
                best = r - l + 1
            d = s[l]
            cnt[d] -= 1
            if d in req and cnt[d] == 0:
                have -= 1
            l += 1
    print(best)


main()
