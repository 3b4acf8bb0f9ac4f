# WRONG: counts set bits modulo 2 for bits 0..30 only, as if IDs were
# non-negative. The sign is lost, so a negative answer comes out positive.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) & 0xFFFFFFFF for x in data[1:1 + n]]
    res = 0
    for b in range(31):
        cnt = 0
        for x in a:
            cnt += (x >> b) & 1
        if cnt % 2:
            res |= 1 << b
    print(res)


main()
