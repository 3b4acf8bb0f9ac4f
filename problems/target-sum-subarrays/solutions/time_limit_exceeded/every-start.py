# Correct but O(n^2): from every start, extend the stretch to the right while
# keeping its running sum. About 5 * 10^9 steps at n = 10^5.
class Solution:
    def target_sum_subarrays(self, nums: List[int], target: int) -> int:
        n = len(nums)
        count = 0
        for i in range(n):
            s = 0
            for j in range(i, n):
                s += nums[j]
                if s == target:
                    count += 1
        return count
