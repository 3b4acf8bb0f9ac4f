# Mistake: walks the alphabet instead of the string, so it reports the unique
# letter that is smallest alphabetically, not the one that comes first.
import sys


def main():
    s = sys.stdin.buffer.read().split()[0].decode()
    cnt = [0] * 26
    for c in s:
        cnt[ord(c) - 97] += 1
    for k in range(26):
        if cnt[k] == 1:
            print(s.index(chr(97 + k)))
            return
    print(-1)


main()
