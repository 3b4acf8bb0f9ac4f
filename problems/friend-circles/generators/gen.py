"""Generator for friend-circles: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: n in [1, N] users and q in [1, N] operations (small sizes are
common), a random mix of unions and queries with a random union share, users
often drawn from a few of the n (so redundant unions, a = b and repeated
pairs are frequent). In about 1 test of 5, n = N so that the labels span the
whole range. The same (SEED, N) always prints the same test.

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


def stress_test(r, max_n):
    """One stress test: n <= max_n users, q <= max_n operations."""
    n = max_n if r.random() < 0.2 else r.randint(1, r.randint(1, max_n))
    q = r.randint(1, r.randint(1, max_n))
    p_union = r.choice([0.3, 0.5, 0.7, 0.9])
    k = r.randint(1, n) if r.random() < 0.5 else n
    users = r.sample(range(1, n + 1), k)
    out = [f"{n} {q}\n"]
    for _ in range(q):
        op = "union" if r.random() < p_union else "query"
        out.append(f"{op} {r.choice(users)} {r.choice(users)}\n")
    return "".join(out)


def stress_args():
    """(seed, max_n) from argv: SEED [--max-n N]; max_n is None without it."""
    args = sys.argv[1:]
    seed = int(args[0])
    max_n = None
    if "--max-n" in args[1:]:
        max_n = int(args[args.index("--max-n", 1) + 1])
        if max_n < 1:
            sys.exit("--max-n must be at least 1")
    return seed, max_n


def main():
    seed, max_n = stress_args()
    if max_n is not None:
        sys.stdout.write(stress_test(random.Random(seed), max_n))
        return
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
