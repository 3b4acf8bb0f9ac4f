import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:2 * n + 1]))
    iv = sorted(zip(vals[0::2], vals[1::2]))
    out = []
    cur_l, cur_r = iv[0]
    for l, r in iv:
        if l <= cur_r:
            if r > cur_r:
                cur_r = r
        else:
            out.append(f"{cur_l} {cur_r}")
            cur_l, cur_r = l, r
    out.append(f"{cur_l} {cur_r}")
    sys.stdout.write(f"{len(out)}\n" + "\n".join(out) + "\n")


main()
