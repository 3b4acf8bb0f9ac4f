# Wrong: forgets to count the empty prefix (sum 0) before the loop, so
# stretches that start at index 0 are never counted.
class Solution:
    def target_sum_subarrays(self, nums: List[int], target: int) -> int:
        seen = {}
        prefix = 0
        count = 0
        for x in nums:
            prefix += x
            count += seen.get(prefix - target, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
