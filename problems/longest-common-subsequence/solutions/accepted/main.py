# Bit-parallel LCS (Allison-Dix / Crochemore et al.): the DP row is encoded in
# the bits of one Python integer, so each character of b costs a few big-int
# operations on |a|-bit numbers instead of a loop over |a|.
# A plain two-row O(|a|·|b|) DP in Python also fits in the limit, but closer.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    a, b = data[0], data[1]
    n = len(a)
    mask = (1 << n) - 1
    match = {}
    for i, c in enumerate(a):
        match[c] = match.get(c, 0) | (1 << i)
    v = mask
    for c in b:
        u = v & match.get(c, 0)
        v = ((v + u) | (v - u)) & mask
    print(n - bin(v).count("1"))


main()
