# Walks right until the values stop rising: always correct, but it probes up to n
# indices, far over the budget of about 2*log2(n) on a long rising stretch.
import sys


def ask(i):
    print("?", i, flush=True)
    line = sys.stdin.readline()
    if not line:
        sys.exit(0)
    return int(line)


def main():
    n = int(sys.stdin.readline())
    i = 1
    cur = ask(1) if n > 1 else 0
    while i < n:
        nxt = ask(i + 1)
        if nxt < cur:
            break
        i, cur = i + 1, nxt
    print("!", i, flush=True)


main()
