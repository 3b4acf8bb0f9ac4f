# Mistake: the classic greedy for the MAXIMUM NUMBER of jobs (always take the
# compatible job that ends first) ignores profits.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    jobs = sorted((int(data[3 * i + 2]), int(data[3 * i + 1]), int(data[3 * i + 3]))
                  for i in range(n))
    free_at = -1
    total = 0
    for e, s, p in jobs:
        if s >= free_at:
            total += p
            free_at = e
    print(total)


main()
