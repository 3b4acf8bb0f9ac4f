import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    k, n = int(data[0]), int(data[1])
    cache = OrderedDict()  # least recently used first
    out = []
    pos = 2
    for _ in range(n):
        op = data[pos]
        key = int(data[pos + 1])
        if op == b"get":
            pos += 2
            v = cache.get(key)
            if v is None:
                out.append(b"-1")
            else:
                cache.move_to_end(key)
                out.append(v)
        else:
            val = data[pos + 2]
            pos += 3
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) == k:
                cache.popitem(last=False)
            cache[key] = val
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
