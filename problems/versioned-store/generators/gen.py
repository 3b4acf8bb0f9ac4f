"""Generator for versioned-store: python3 gen.py SEED prints one test.

A test is LeetCode's two lines: the operations, then the arguments of each call.
Every input is kept under about 3 MB, which bounds the number of calls (short keys
and values leave room for more of them). The shape depends on SEED % 6:
  1  one hot key: 75000 puts with stamps 1, 2, 3, ..., then 75000 gets at random
     stamps in [0, 75010] (a linear scan over the versions is far too slow)
  2  one hot key and three quiet ones, puts and gets interleaved at random; gets ask
     about any moment up to a little after the latest put (125000 calls)
  3  many keys (up to 20000 distinct, 1 to 10 letters, values 1 to 10 letters),
     stamps spread up to 10^9, gets near the stamps of real versions or on
     missing keys (90000 calls)
  4  26 one-letter keys, stamps with large gaps; every get asks exactly at, one
     before or one after the stamp of some put (boundaries, 120000 calls)
  5  mostly gets that find nothing: stamp 0, before a key's first version, or keys
     that are prefixes or extensions of real keys (125000 calls)
  0  two hot keys taking turns, stamps packed just below 10^9 and ending at 10^9,
     gets anywhere in [0, 10^9] (about 110000 calls)

python3 gen.py SEED --max-n N prints one small random test for `grind stress`
instead: 1 to N calls after the constructor (few calls are common), keys from a
few short words such as "a", "b", "ab", values "x", "y", "z", put stamps rising by
1 or 2 from a small start, and gets asking exactly at a put's stamp, one before or
after it, at 0 or anywhere up to a little past the last put; in about 1 test of 5
the keys and values are random words of up to 10 letters and the stamps are
spread over [1, 10^9] (gets over [0, 10^9], extremes included). The same SEED and
N always print the same test.
"""
import json
import random
import string
import sys

LIMIT = 10 ** 9
MAX_BYTES = 3_000_000


def word(r, lo, hi):
    return "".join(r.choice(string.ascii_lowercase) for _ in range(r.randint(lo, hi)))


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
    total = size(r, 1, min(max_n, 200000))
    wide = r.random() < 0.2
    if wide:
        keys = [word(r, 1, 10) for _ in range(r.randint(1, 4))] + ["abcdefghij"]
        values = [word(r, 1, 10) for _ in range(3)] + ["zzzzzzzzzz"]
    else:
        keys = r.sample(["a", "b", "ab", "ba", "aa"], r.randint(1, 3))
        values = ["x", "y", "z"]
    is_put = [r.random() < 0.5 for _ in range(total)]
    puts = sum(is_put)
    if wide:
        stamps = sorted(r.sample(range(1, LIMIT + 1), puts))
        if puts and r.random() < 0.5:
            stamps[-1] = LIMIT
        if puts and r.random() < 0.5:
            stamps[0] = 1
    else:
        stamps = []
        t = r.randint(0, 3)
        for _ in range(puts):
            t += r.randint(1, 2)
            stamps.append(t)
    ops = ["VersionedStore"]
    args = [[]]
    done = []  # stamps of the puts so far
    for p in is_put:
        key = r.choice(keys)
        if p:
            done.append(stamps[len(done)])
            ops.append("put")
            args.append([key, r.choice(values), done[-1]])
        else:
            last = done[-1] if done else (stamps[0] if stamps else 5)
            if wide:
                choices = [0, LIMIT, r.randint(0, LIMIT)]
            else:
                choices = [0, r.randint(0, last + 2)]
            if stamps:
                base = r.choice(stamps)
                choices += [base, base, base - 1, base + 1]
            ops.append("get")
            args.append([key, min(LIMIT, max(0, r.choice(choices)))])
    assert len(ops) - 1 == total
    return json.dumps(ops, separators=(",", ":")) + "\n" + json.dumps(args, separators=(",", ":")) + "\n"


def main():
    seed = int(sys.argv[1])
    max_n = max_n_arg()
    if max_n is not None:
        sys.stdout.write(small(random.Random(seed), max_n))
        return
    r = random.Random(seed)
    shape = seed % 6
    calls = []  # ("put", key, value, stamp) or ("get", key, stamp)
    put_stamps = []  # every put stamp, in order

    def put(key, value, stamp):
        assert not put_stamps or put_stamps[-1] < stamp <= LIMIT
        put_stamps.append(stamp)
        calls.append(("put", key, value, stamp))

    def get(key, stamp):
        assert 0 <= stamp <= LIMIT
        calls.append(("get", key, stamp))

    if shape == 1:
        n = 75000
        for s in range(1, n + 1):
            put("k", r.choice("abcdefghij"), s)
        for _ in range(n):
            get("k", r.randint(0, n + 10))
    elif shape == 2:
        quiet = ["cfg", "log", "dns"]
        t = 0
        for _ in range(125000):
            if r.random() < 0.5:
                t += r.randint(1, 3)
                key = "hot" if r.random() < 0.9 else r.choice(quiet)
                put(key, r.choice(["on", "off", "auto"]), t)
            else:
                key = "hot" if r.random() < 0.9 else r.choice(quiet + ["hat"])
                get(key, r.randint(0, t + 5))
    elif shape == 3:
        pool = list({word(r, 1, 10) for _ in range(20000)})
        r.shuffle(pool)
        total = 90000
        step = LIMIT // total
        history = {}  # key -> list of its put stamps
        t = 0
        for _ in range(total):
            if r.random() < 0.5 or not history:
                t += r.randint(1, step)
                key = r.choice(pool)
                put(key, word(r, 1, 10), t)
                history.setdefault(key, []).append(t)
            elif r.random() < 0.1:
                get(word(r, 1, 10), r.randint(0, LIMIT))
            else:
                key = r.choice(pool)
                if key in history:
                    base = r.choice(history[key])
                    s = base + r.choice([-1, 0, 0, 1, r.randint(-step, step)])
                else:
                    s = r.randint(0, LIMIT)
                get(key, min(LIMIT, max(0, s)))
    elif shape == 4:
        keys = string.ascii_lowercase
        total = 120000
        gap = LIMIT // total
        t = 0
        for _ in range(total):
            if r.random() < 0.45 or not put_stamps:
                t += r.randint(gap // 2, gap)
                put(r.choice(keys), r.choice(["x", "y", "z", "xy", "yz"]), t)
            else:
                # a stamp of some put (recent ones more often), shifted by -1, 0 or +1,
                # asked about a random key, which may or may not have a put there
                i = len(put_stamps) - 1 - min(len(put_stamps) - 1, int(r.expovariate(1 / 40)))
                get(r.choice(keys), put_stamps[i] + r.choice([-1, 0, 1]))
    elif shape == 5:
        real = ["net", "netmask", "proxy", "proxyport", "db", "dbhost"]
        ghosts = ["ne", "nets", "netmas", "prox", "proxyports", "d", "dbh", "dbhosts", "q"]
        total = 125000
        t = 0
        first = {}
        for _ in range(total):
            x = r.random()
            if x < 0.2 or not put_stamps:
                t += r.randint(1, 5000)
                key = r.choice(real)
                put(key, word(r, 1, 3), t)
                first.setdefault(key, t)
            elif x < 0.45:
                get(r.choice(ghosts), r.randint(0, t + 10))
            elif x < 0.65:
                get(r.choice(real), 0)
            else:
                key = r.choice(real)
                if key in first:
                    get(key, r.randint(0, first[key]))
                else:
                    get(key, r.randint(0, t + 10))
    else:
        total = 110000
        t = LIMIT - total
        for _ in range(total):
            if r.random() < 0.5:
                t += 1
                put(r.choice(["up", "down"]), r.choice(["a", "b", "c"]), t)
            else:
                get(r.choice(["up", "down"]), r.randint(0, LIMIT))
        if put_stamps[-1] < LIMIT:
            put("up", "end", LIMIT)
        get("up", LIMIT)
        get("down", LIMIT)

    ops = ["VersionedStore"] + [c[0] for c in calls]
    args = [[]] + [list(c[1:]) for c in calls]
    assert len(calls) <= 200000
    text = json.dumps(ops, separators=(",", ":")) + "\n" + json.dumps(args, separators=(",", ":")) + "\n"
    assert len(text) <= MAX_BYTES, len(text)
    sys.stdout.write(text)


main()
