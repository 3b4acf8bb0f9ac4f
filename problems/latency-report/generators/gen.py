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

`python3 gen.py SEED --max-n N` (for `grind stress`) prints one small random
valid test instead, with every size at most N (small sizes are common):
n <= N lines over a few similar endpoint names, latencies in [0, 2N]; in
about 1 test of 5, latencies from the full range [0, 10^6] with its ends and
sometimes a 30-character name; when n >= 20, often an endpoint with a multiple
of 20 requests. Still no mean is an exact rounding tie.
The same (SEED, N) always prints the same test; without --max-n the output
is unchanged.
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


STRESS_NAMES = ['/a', '/A', '/a/b', '/ab', '/a-b', '/a.b', '/a_b', '/b', '/']


def small(r, max_n):
    """One stress test with n <= max_n: a few similar endpoint names, small
    latencies in [0, 2 * max_n]; in about 1 test of 5, latencies from the full
    range [0, 10^6] with its ends, and sometimes a 30-character name. No mean is
    an exact rounding tie (remove_ties). When n >= 20, about 1 test in 3 has an
    endpoint with a multiple of 20 requests (where p95 is not the maximum)."""
    full = r.random() < 0.2
    n = stress_size(r, 1, min(max_n, N))
    names = r.sample(STRESS_NAMES, r.randint(1, min(len(STRESS_NAMES), n)))
    if full and r.random() < 0.5:
        names.append('/' + ''.join(r.choice('abAB/_-.09') for _ in range(29)))
    eps = [r.choice(names) for _ in range(n)]
    if n >= 20 and r.random() < 0.3:
        # one endpoint with a multiple of 20 requests: there 95c/100 is whole, so
        # the nearest rank is not the maximum
        c = 20 * r.randint(1, n // 20)
        if len(names) == 1:
            n = c
        eps = [names[0]] * c + [r.choice(names[1:]) for _ in range(n - c)]
        r.shuffle(eps)
    if full:
        lats = [r.choice((0, MAX_LAT, r.randint(0, MAX_LAT), MAX_LAT - r.randint(0, 5)))
                for _ in range(n)]
    else:
        lats = [r.randint(0, 2 * max_n) for _ in range(n)]
    remove_ties(r, eps, lats)
    ts = timestamps(r, n, r.random() < 0.3)
    out = [str(n)]
    out.extend(f'{t} {e} {l}' for t, e, l in zip(ts, eps, lats))
    return '\n'.join(out) + '\n'


def stress_size(r, lo, hi):
    """A size in [lo, max(lo, hi)], small sizes more likely than large ones."""
    hi = max(lo, hi)
    if r.random() < 0.5:
        return r.randint(lo, hi)
    return r.randint(lo, r.randint(lo, hi))


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
        sys.stdout.write(small(random.Random(seed), max_n))
        return
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
