# Mistake: counts the primes strictly below n (a common variant of the task),
# so n itself is missed when it is prime.
import sys


def main():
    n = int(sys.stdin.buffer.read().split()[0])
    if n < 3:
        print(0)
        return
    is_prime = bytearray([1]) * n
    is_prime[0] = is_prime[1] = 0
    i = 2
    while i * i < n:
        if is_prime[i]:
            is_prime[i * i::i] = bytes(len(range(i * i, n, i)))
        i += 1
    print(sum(is_prime))


main()
