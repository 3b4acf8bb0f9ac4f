class Solution:
    def target_sum_subarrays(self, nums: List[int], target: int) -> int:
        # seen[p]: how many prefixes (including the empty one) have sum p
        seen = {0: 1}
        prefix = 0
        count = 0
        for x in nums:
            prefix += x
            count += seen.get(prefix - target, 0)
            seen[prefix] = seen.get(prefix, 0) + 1
        return count
