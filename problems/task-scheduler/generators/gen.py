"""Generator for task-scheduler: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  uniform random over 26 types, random cooldown up to 10^9 (64-bit answer)
  1  one type holds about half of the jobs, cooldown close to 10^9
  2  uniform over 26 types, small cooldown (answer is n, no idle slots)
  3  a single type, cooldown 10^9 (the largest possible answer)
  4  several types tied for the maximum, cooldown in the thousands
  5  cooldown 0 or 1 with a skewed distribution
"""
import random
import string
import sys

N = 200000
UP = string.ascii_uppercase


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    if shape == 0:
        jobs = [r.choice(UP) for _ in range(N)]
        c = r.randint(10 ** 8, 10 ** 9)
    elif shape == 1:
        main_type = r.choice(UP)
        jobs = [main_type] * (N // 2) + [r.choice(UP) for _ in range(N - N // 2)]
        c = 10 ** 9 - r.randrange(1000)
    elif shape == 2:
        jobs = [UP[i % 26] for i in range(N)]
        c = r.randint(0, 25)
    elif shape == 3:
        jobs = [r.choice(UP)] * N
        c = 10 ** 9
    elif shape == 4:
        k = r.randint(3, 8)
        tied = r.sample(UP, k)
        f = r.randint(10000, N // k)
        jobs = [t for t in tied for _ in range(f)]
        rest = [t for t in UP if t not in tied]
        while len(jobs) < N:
            jobs.append(r.choice(rest))
        c = r.randint(1000, 9999)
    else:
        weights = [r.random() ** 3 for _ in UP]
        jobs = r.choices(UP, weights=weights, k=N)
        c = r.randint(0, 1)
    r.shuffle(jobs)
    sys.stdout.write(f"{N} {c}\n" + "".join(jobs) + "\n")


main()
