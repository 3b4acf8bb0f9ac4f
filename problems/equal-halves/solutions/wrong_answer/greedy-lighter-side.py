# Wrong: largest first, each item goes to the side that is currently lighter.
# Fails on [3, 3, 2, 2, 2] (ends 7 vs 5, although 3+3 = 2+2+2).
class Solution:
    def equal_halves(self, nums: List[int]) -> bool:
        a = b = 0
        for x in sorted(nums, reverse=True):
            if a <= b:
                a += x
            else:
                b += x
        return a == b
