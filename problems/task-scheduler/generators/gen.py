"""Generator for task-scheduler: python3 gen.py SEED prints one test.

n = 200000. The shape depends on SEED % 6:
  0  uniform random over 26 types, random cooldown up to 10^9 (64-bit answer)
  1  one type holds about half of the jobs, cooldown close to 10^9
  2  uniform over 26 types, small cooldown (answer is n, no idle slots)
  3  a single type, cooldown 10^9 (the largest possible answer)
  4  several types tied for the maximum, cooldown in the thousands
  5  cooldown 0 or 1 with a skewed distribution

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N (tiny n are common), the jobs drawn from 1, 2, 3 or 26
letters (many ties for the largest count), the cooldown usually 0, 1, 2 or in
[0, 2N]; in about 1 test of 5 the cooldown is huge (10^9, 10^9 - 1 or random up
to 10^9) so 32-bit overflow shows. The same SEED and N always print the same
test.
"""
import random
import string
import sys

N = 200000
UP = string.ascii_uppercase
C = 10 ** 9


def max_n_arg():
    """N from `--max-n N` after SEED, or None when it is not given."""
    rest = sys.argv[2:]
    if not rest:
        return None
    if len(rest) != 2 or rest[0] != "--max-n" or int(rest[1]) < 1:
        sys.exit("usage: gen.py SEED [--max-n N]   (N >= 1)")
    return int(rest[1])


def size(r, lo, hi):
    """A size in [lo, hi], small ones more likely."""
    hi = max(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


def small(r, max_n):
    n = size(r, 1, min(max_n, N))
    letters = r.sample(UP, r.choice([1, 2, 3, 26]))
    jobs = [r.choice(letters) for _ in range(n)]
    if r.random() < 0.2:
        c = r.choice([C, C - 1, r.randint(C // 2, C), r.randint(0, C)])
    else:
        c = r.choice([0, 1, 2, r.randint(0, 2 * max_n)])
    assert 1 <= n <= N and 0 <= c <= C
    return f"{n} {c}\n" + "".join(jobs) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
