# Mistake: forgets that the schedule is never shorter than n. When there are
# many different types and a short cooldown, the frame formula undercounts.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, c = int(data[0]), int(data[1])
    s = data[2]
    counts = [s.count(bytes([ord("A") + t])) for t in range(26)]
    f = max(counts)
    k = counts.count(f)
    print((f - 1) * (c + 1) + k)


main()
