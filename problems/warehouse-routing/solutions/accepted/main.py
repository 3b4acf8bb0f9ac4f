import sys


def main():
    data = sys.stdin.buffer.read().split()
    R, C = int(data[0]), int(data[1])
    W = C + 2
    border = b"#" * W
    grid = border + b"".join(b"#" + row + b"#" for row in data[2:2 + R]) + border
    if b"T" not in grid:
        print(-1)
        return
    start = grid.index(b"S")
    # 0 = shelf / border / visited, 1 = free, 2 = target
    table = bytes.maketrans(b"#.ST", b"\x00\x01\x01\x02")
    g = bytearray(grid.translate(table))
    g[start] = 0
    frontier = [start]
    dist = 0
    while frontier:
        dist += 1
        nxt = []
        push = nxt.append
        for u in frontier:
            for v in (u - 1, u + 1, u - W, u + W):
                x = g[v]
                if x:
                    if x == 2:
                        print(dist)
                        return
                    g[v] = 0
                    push(v)
        frontier = nxt
    print(-1)


main()
