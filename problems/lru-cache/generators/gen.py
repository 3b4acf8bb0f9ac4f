"""Generator for lru-cache: python3 gen.py SEED prints one test.

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 <= n <= N operations (larger n more likely) and a capacity
1 <= k <= N (usually 2 to n / 2), keys from a pool of about k + 1 small numbers
and small values; the operations are aimed (by simulating the cache) at
evictions, updates of cached keys and gets of the least recently used key. In
about 1 test of 5 keys and values come from the full range [0, 10^9] with its
extremes. At least one operation is a get. The same SEED and N always print the
same test.

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
K = 200000


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
    # the bugs need a few operations in a row: lean towards longer logs
    n = max(r.randint(1, min(max_n, N)), r.randint(1, min(max_n, N)))
    x = r.random()
    if x < 0.15:
        k = 1
    elif x < 0.85:
        k = r.randint(2, max(2, min(K, n // 2)))
    else:
        k = size(r, 1, min(max_n, K))
    pool = r.choice([k + 1, k + 1, k + 2, r.randint(1, k + 2)])
    if r.random() < 0.2:
        keys = sorted(set(r.sample(range(1, 10 ** 9), pool)))
        for i in range(len(keys)):
            if r.random() < 0.3:
                keys[i] = r.choice([0, 10 ** 9])
        keys = sorted(set(keys))

        def value():
            return r.choice([0, 10 ** 9, r.randint(0, 10 ** 9)])
    else:
        keys = list(range(pool))

        def value():
            return r.randint(0, 2 * max_n)
    # simulate the cache (order: least recently used first) to aim the
    # operations at evictions, updates of cached keys and gets of the LRU key
    order = []
    outside = list(keys)  # the keys not cached
    ops = []
    for step in range(n):
        x = r.random()
        last = step == n - 1
        if not last and outside and (x < 0.3 or len(order) < k and x < 0.9):
            # a new key; evicts the least recently used one when full
            i = r.randrange(len(outside))
            outside[i], outside[-1] = outside[-1], outside[i]
            key = outside.pop()
            ops.append(f"put {key} {value()}")
            if len(order) == k:
                outside.append(order.pop(0))
            order.append(key)
        elif not last and order and x < 0.5:
            # an update of a cached key
            key = r.choice(order)
            ops.append(f"put {key} {value()}")
            order.remove(key)
            order.append(key)
        else:
            # usually the least recently used key, else any key of the pool
            key = order[0] if order and r.random() < 0.8 else r.choice(keys)
            ops.append(f"get {key}")
            if key not in outside:
                order.remove(key)
                order.append(key)
    if not any(op.startswith("get") for op in ops):
        i = r.randrange(n)
        ops[i] = "get " + ops[i].split()[1]
    assert 1 <= k <= K and 1 <= len(ops) <= N
    return f"{k} {len(ops)}\n" + "\n".join(ops) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
