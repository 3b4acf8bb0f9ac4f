"""Generator for merge-intervals: python3 gen.py SEED prints one test.

All tests have n = 200000. The shape depends on SEED % 6:
  0  short random intervals over [-10^9, 10^9] (mostly disjoint)
  1  disjoint intervals with gaps of exactly 1 between neighbours (nothing
     merges), shuffled
  2  a chain of intervals where each ends exactly where the next begins
     (everything merges into one), shuffled
  3  some long intervals with many short ones nested inside them, plus
     disjoint short ones (a block's end must be a maximum)
  4  long random intervals (few merged blocks)
  5  mixture: single points, duplicates, touching pairs, extreme ends
"""
import random
import sys

N = 200000
LIM = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    iv = []
    if shape == 0:
        for _ in range(N):
            l = r.randint(-LIM, LIM - 5000)
            iv.append((l, l + r.randint(0, 5000)))
    elif shape == 1:
        cuts = sorted(r.sample(range(-LIM // 2, LIM // 2), N))
        # every cut point c stays uncovered: [.., c-1] and [c+1, ..]
        starts = [-LIM] + [c + 1 for c in cuts[:-1]]
        ends = [c - 1 for c in cuts]
        iv = [(s, e) for s, e in zip(starts, ends) if s <= e]
        while len(iv) < N:
            iv.append((cuts[-1] + 1 + len(iv), cuts[-1] + 1 + len(iv)))
        iv = iv[:N]
    elif shape == 2:
        pts = sorted(r.sample(range(-LIM, LIM + 1), N + 1))
        iv = [(pts[i], pts[i + 1]) for i in range(N)]
    elif shape == 3:
        big = 2000
        span = (2 * LIM) // big
        for b in range(big):
            lo = -LIM + b * span
            hi = lo + span // 2
            iv.append((lo, hi))
            for _ in range(40):
                x = r.randint(lo, hi - 10)
                iv.append((x, x + r.randint(0, 10)))
            for _ in range(N // big - 41):
                x = r.randint(hi + 2, lo + span - 20)
                iv.append((x, x + r.randint(0, 10)))
        while len(iv) < N:
            x = r.randint(-LIM, LIM - 1)
            iv.append((x, x))
    elif shape == 4:
        for _ in range(N):
            l = r.randint(-LIM, LIM)
            iv.append((l, min(LIM, l + r.randint(0, 10 ** 6))))
    else:
        iv.append((-LIM, -LIM))
        iv.append((LIM, LIM))
        while len(iv) < N:
            t = r.randrange(4)
            x = r.randint(-LIM + 100, LIM - 100)
            if t == 0:
                iv.append((x, x))
            elif t == 1:
                iv.append((x, x + 3))
                iv.append((x + 3, x + 7))
            elif t == 2 and len(iv) > 2:
                iv.append(iv[r.randrange(len(iv))])
            else:
                iv.append((x, x + r.randint(0, 50)))
        iv = iv[:N]
    r.shuffle(iv)
    assert len(iv) == N
    out = [str(N)] + [f"{a} {b}" for a, b in iv]
    sys.stdout.write("\n".join(out) + "\n")


main()
