class Solution:
    def equal_halves(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2 == 1:
            return False
        half = total // 2
        # bit s of `reach` is set when some group of the numbers seen so far sums to s
        reach = 1
        mask = (1 << (half + 1)) - 1
        for x in nums:
            reach = (reach | (reach << x)) & mask
        return (reach >> half) & 1 == 1
