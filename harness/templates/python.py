# {title} ({id}): read the input from stdin, print the answer to stdout.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()


main()
