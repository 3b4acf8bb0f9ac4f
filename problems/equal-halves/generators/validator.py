"""Input validator for equal-halves (signature equal_halves(nums: int[])): reads
one test on stdin.

Exits 0 when the input is exactly one line (plus its newline) holding a JSON
array of 1 to 200 integers (true JSON integers: no floats, no booleans), each
in [1, 100]; otherwise prints what is wrong on stderr and exits 1.
"""
import json
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def main():
    data = sys.stdin.buffer.read()
    if not data:
        fail("the input is empty")
    if not data.endswith(b"\n"):
        fail("the input does not end with a newline")
    lines = data[:-1].split(b"\n")
    if len(lines) != 1:
        fail(f"expected 1 line (nums), found {len(lines)}")
    line = lines[0]
    if line != line.strip():
        fail("line 1: leading or trailing whitespace")
    try:
        nums = json.loads(line)
    except ValueError as e:
        fail(f"line 1: not valid JSON ({e})")
    if not isinstance(nums, list):
        fail(f"line 1: nums must be a JSON array, found {type(nums).__name__}")
    if not 1 <= len(nums) <= 200:
        fail(f"nums has {len(nums)} elements, expected 1 to 200")
    for i, x in enumerate(nums):
        if type(x) is not int:
            fail(f"nums[{i}] = {json.dumps(x)} is not an integer")
        if not 1 <= x <= 100:
            fail(f"nums[{i}] = {x} is outside [1, 100]")


main()
