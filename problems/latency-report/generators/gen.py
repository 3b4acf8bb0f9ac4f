"""Max-size test generator for latency-report.

Usage: python3 generators/gen.py SEED   (prints one test on stdout)

The shape depends on SEED % 5:
  0 realistic       a dozen real-looking endpoints, skewed traffic, heavy-tailed latencies
  1 many-endpoints  100000 distinct endpoints with about 2 requests each
  2 huge-latencies  3 endpoints, latencies close to 10^6 (sums far beyond 32 bits)
  3 one-endpoint    every request goes to a single endpoint, chronological order
  4 rank-edges      counts such as 20, 40, 100 (where ceil and floor ranks differ),
                    19, 21, 16, 80 (16 | c makes exact rounding ties possible), and
                    case and prefix variations of the names
Every shape has n = 200000 lines. No endpoint's mean is an exact rounding tie
at three decimals: the generator nudges one latency until that holds.
"""
import datetime
import random
import sys

N = 200_000
MAX_LAT = 10**6
EPOCH = datetime.datetime(2024, 1, 1)


def heavy_tail(rng, base):
    """Mostly around `base`, with rare large spikes."""
    x = rng.lognormvariate(0, 0.5) * base
    if rng.random() < 0.02:
        x *= rng.uniform(5, 60)
    return min(MAX_LAT, int(x))


def timestamps(rng, n, ordered):
    start = rng.randrange(0, 365 * 86400)
    secs = [start + rng.randrange(0, 86400 * 3) for _ in range(n)]
    if ordered:
        secs.sort()
    cache = {}
    out = []
    for s in secs:
        t = cache.get(s)
        if t is None:
            t = cache[s] = (EPOCH + datetime.timedelta(seconds=s)).strftime('%Y-%m-%dT%H:%M:%SZ')
        out.append(t)
    return out


def remove_ties(rng, eps, lats):
    """Make sure no endpoint's mean * 1000 ends in exactly .5."""
    idx = {}
    for k, e in enumerate(eps):
        idx.setdefault(e, []).append(k)
    for e, ks in idx.items():
        c = len(ks)
        while True:
            s = sum(lats[k] for k in ks)
            if (2000 * s) % c != 0 or ((2000 * s) // c) % 2 == 0:
                break
            k = rng.choice(ks)
            lats[k] = lats[k] + 1 if lats[k] < MAX_LAT else lats[k] - 1


def base36(x):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s = ''
    while True:
        x, r = divmod(x, 36)
        s = digits[r] + s
        if x == 0:
            return s


def main():
    seed = int(sys.argv[1])
    rng = random.Random(seed)
    shape = seed % 5
    n = N
    ordered = False

    if shape == 0:
        names = ['/api/v1/users', '/api/v1/users/profile', '/api/v1/orders', '/api/v2/orders',
                 '/login', '/logout', '/search', '/cart', '/checkout', '/static/app.js',
                 '/health', '/API/v1/users']
        weights = [rng.uniform(0.2, 10) for _ in names]
        base = {e: rng.uniform(3, 800) for e in names}
        eps = rng.choices(names, weights=weights, k=n)
        lats = [heavy_tail(rng, base[e]) for e in eps]
    elif shape == 1:
        ids = rng.sample(range(36**6), 100_000)
        names = ['/svc/' + base36(i) for i in ids]
        eps = [names[rng.randrange(len(names))] for _ in range(n)]
        lats = [rng.randint(0, MAX_LAT) for _ in range(n)]
    elif shape == 2:
        names = ['/export', '/report/pdf', '/batch.run']
        eps = rng.choices(names, k=n)
        lats = [rng.randint(900_000, MAX_LAT) for _ in range(n)]
    elif shape == 3:
        eps = ['/api/v1/stream'] * n
        lats = [heavy_tail(rng, 250) for _ in range(n)]
        ordered = True
    else:
        counts = [20, 40, 60, 19, 21, 1, 2, 100, 101, 200, 39, 41, 16, 80]
        stems = ['/a', '/a/b', '/A', '/a-b', '/a.b', '/a_b', '/A/b', '/ab']
        eps = []
        k = 0
        while len(eps) < n:
            c = min(counts[k % len(counts)], n - len(eps))
            name = f'{stems[k % len(stems)]}{k // len(stems)}'
            eps.extend([name] * c)
            k += 1
        lats = [rng.randint(0, 2000) for _ in range(n)]
        order = list(range(n))
        rng.shuffle(order)
        eps = [eps[i] for i in order]

    remove_ties(rng, eps, lats)
    ts = timestamps(rng, n, ordered)
    assert len(eps) == len(lats) == n
    out = [str(n)]
    out.extend(f'{t} {e} {l}' for t, e, l in zip(ts, eps, lats))
    sys.stdout.write('\n'.join(out) + '\n')


main()
