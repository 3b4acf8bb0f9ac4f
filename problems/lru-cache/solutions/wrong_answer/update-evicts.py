# Mistake: checks "cache is full" before checking whether the key is already
# cached, so updating an existing key in a full cache needlessly evicts the
# least recently used entry.
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    k, n = int(data[0]), int(data[1])
    cache = OrderedDict()
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
            if len(cache) == k:
                cache.popitem(last=False)
            if key in cache:
                cache.move_to_end(key)
            cache[key] = val
    sys.stdout.buffer.write(b"\n".join(out) + b"\n")


main()
