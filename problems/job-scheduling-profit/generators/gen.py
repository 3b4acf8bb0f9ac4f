"""Generator for job-scheduling-profit: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  random intervals over [0, 10^9] with random lengths and profits
  1  short jobs with large profits: many fit together, answer ~10^14
  2  tiny coordinate range [0, 2000]: many touching and identical intervals
  3  nested intervals around the centre plus random short jobs
  4  chains of touching jobs over a grid of boundaries, plus long jobs worth
     slightly more or less than the chain they cover
  5  all jobs identical except for the profit
"""
import random
import sys

N = 200000
T = 10 ** 9
P = 10 ** 9


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    jobs = []
    if shape == 0:
        for _ in range(N):
            s = r.randint(0, T - 1)
            e = min(T, s + r.randint(1, T // 100))
            jobs.append((s, e, r.randint(1, P)))
    elif shape == 1:
        for _ in range(N):
            s = r.randint(0, T - 5000)
            jobs.append((s, s + r.randint(1, 5000), r.randint(P // 2, P)))
    elif shape == 2:
        for _ in range(N):
            s = r.randint(0, 1999)
            jobs.append((s, s + r.randint(1, 3), r.randint(1, P)))
    elif shape == 3:
        mid = T // 2
        for i in range(N // 2):
            d = r.randint(1, mid)
            jobs.append((mid - d, mid + d, r.randint(1, P)))
        for _ in range(N - N // 2):
            s = r.randint(0, T - 1000)
            jobs.append((s, s + r.randint(1, 1000), r.randint(1, 1000)))
    elif shape == 4:
        step = 5000
        slots = T // step
        while len(jobs) < N:
            k = r.randrange(slots - 10)
            length = r.randint(1, 10)
            chain = [(((k + i) * step), ((k + i + 1) * step), r.randint(1, P // 10))
                     for i in range(length)]
            jobs.extend(chain)
            total = sum(p for _, _, p in chain)
            jobs.append((k * step, (k + length) * step, total + r.choice((-1, 1))))
        jobs = jobs[:N]
    else:
        s = r.randint(0, T // 2)
        e = r.randint(s + 1, T)
        jobs = [(s, e, r.randint(1, P)) for _ in range(N)]
    r.shuffle(jobs)
    sys.stdout.write(f"{N}\n" + "".join(f"{s} {e} {p}\n" for s, e, p in jobs))


main()
