import sys


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    if n < 2:
        print(0)
        return
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    i = 2
    while i * i <= n:
        if is_prime[i]:
            # slice assignment crosses out i*i, i*i+i, ... in one C-level step
            is_prime[i * i::i] = bytes(len(range(i * i, n + 1, i)))
        i += 1
    print(sum(is_prime))


main()
