"""Generator for lru-cache: python3 gen.py SEED prints one test.

n = 200000 operations. The shape depends on SEED % 6:
  0  small cache (k ~ 1000), keys from a pool of ~2000: mixed hits and misses
  1  k = 200000, keys from a pool of 100000: nothing is ever evicted, many hits
  2  k = 1 with two alternating keys and occasional repeats
  3  cyclic scan over k + 1 keys: LRU misses on every get
  4  large cache (k = 100000), keys from a pool of 150000, keys up to 10^9
  5  full cache, then mostly updates of cached keys interleaved with gets
"""
import random
import sys

N = 200000


def main():
    seed = int(sys.argv[1])
    r = random.Random(seed)
    shape = seed % 6
    ops = []
    if shape in (0, 1, 4):
        if shape == 0:
            k, pool = r.randint(800, 1200), r.randint(1500, 2500)
            keys = list(range(pool))
        elif shape == 1:
            k, pool = 200000, 100000
            keys = r.sample(range(10 ** 9 + 1), pool)
        else:
            k, pool = 100000, 150000
            keys = r.sample(range(10 ** 9 + 1), pool)
        for _ in range(N):
            key = keys[r.randrange(pool)]
            if r.random() < 0.5:
                ops.append(f"get {key}")
            else:
                ops.append(f"put {key} {r.randint(0, 10 ** 9)}")
    elif shape == 2:
        k = 1
        for i in range(N):
            key = r.choice((7, 8))
            if r.random() < 0.6:
                ops.append(f"get {key}")
            else:
                ops.append(f"put {key} {r.randint(0, 10 ** 9)}")
    elif shape == 3:
        k = r.randint(1000, 50000)
        i = 0
        while len(ops) < N:
            key = i % (k + 1)
            ops.append(f"get {key}")
            ops.append(f"put {key} {i}")
            i += 1
        ops = ops[:N]
    else:
        k = 50000
        keys = r.sample(range(10 ** 9 + 1), k + 1000)
        for i in range(k):
            ops.append(f"put {keys[i]} {i}")
        while len(ops) < N:
            x = r.random()
            if x < 0.45:
                ops.append(f"put {keys[r.randrange(k)]} {r.randint(0, 10 ** 9)}")
            elif x < 0.5:
                ops.append(f"put {keys[r.randrange(k + 1000)]} {r.randint(0, 10 ** 9)}")
            else:
                ops.append(f"get {keys[r.randrange(k + 1000)]}")
    if not any(op.startswith("get") for op in ops[-10:]):
        ops[-1] = "get " + ops[-1].split()[1]
    sys.stdout.write(f"{k} {len(ops)}\n" + "\n".join(ops) + "\n")


main()
