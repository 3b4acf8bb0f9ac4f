import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    endpoints = data[2:3 * n + 1:3]
    latencies = data[3:3 * n + 1:3]
    groups = {}
    for ep, lat in zip(endpoints, latencies):
        g = groups.get(ep)
        if g is None:
            groups[ep] = g = []
        g.append(int(lat))
    out = []
    for ep in sorted(groups):  # bytes compare in byte order
        lats = groups[ep]
        lats.sort()
        c = len(lats)
        rank = (95 * c + 99) // 100  # ceil(95c/100), 1-based
        out.append("%s %d %.3f %d" % (ep.decode(), c, sum(lats) / c, lats[rank - 1]))
    sys.stdout.write("\n".join(out) + "\n")


main()
