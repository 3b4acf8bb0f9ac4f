"""Generator for friend-circles: python3 gen.py SEED prints one test.

n = q = 200000. The shape depends on SEED % 6:
  0  random mix: about half unions, half queries
  1  chain unions (i, i+1) in random order, queries between far-apart users
  2  almost only unions (a random spanning forest, many merges), few queries
  3  90% queries, few unions: many small circles, answers mostly NO
  4  many redundant unions inside a few big circles (count must not drop)
  5  star: union(1, i) / union(i, 1) for every i, queries between leaves
"""
import sys
import random

N = 200000


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    n = q = N
    rnd = r.random
    ops = []

    def user():
        return int(rnd() * n) + 1

    if shape == 0:
        for _ in range(q):
            ops.append(("union" if rnd() < 0.5 else "query", user(), user()))
    elif shape == 1:
        idx = list(range(1, n))
        r.shuffle(idx)
        for k, i in enumerate(idx[: q // 2]):
            ops.append(("union", i, i + 1) if rnd() < 0.5 else ("union", i + 1, i))
            a = user()
            ops.append(("query", a, min(n, a + int(rnd() * 1000))))
    elif shape == 2:
        for _ in range(q - 100):
            ops.append(("union", user(), user()))
        for _ in range(100):
            ops.append(("query", user(), user()))
    elif shape == 3:
        for _ in range(q):
            ops.append(("union" if rnd() < 0.1 else "query", user(), user()))
    elif shape == 4:
        k = r.randint(2, 5)
        # first make k big circles out of the users, then repeat unions inside
        for v in range(k + 1, n + 1):
            if len(ops) >= q // 2:
                break
            ops.append(("union", v, (v % k) + 1))
        while len(ops) < q:
            a = int(rnd() * (q // 2)) + 1
            b = a + k * int(rnd() * 10)
            if b > q // 2:
                b = a
            ops.append(("union" if rnd() < 0.7 else "query", a, b))
    else:
        for i in range(2, n + 1):
            if len(ops) >= q:
                break
            ops.append(("union", 1, i) if rnd() < 0.5 else ("union", i, 1))
            if rnd() < 0.01:
                ops.append(("query", user(), user()))
        ops = ops[:q]
    out = [f"{n} {len(ops)}"]
    out.extend(f"{o} {a} {b}" for o, a, b in ops)
    sys.stdout.write("\n".join(out) + "\n")


main()
