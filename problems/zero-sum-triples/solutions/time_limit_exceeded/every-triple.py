# Correct but O(n^3): tries every choice of three positions and keeps the
# sorted triples in a set. About 4.5 * 10^9 choices at n = 3000.
class Solution:
    def zero_sum_triples(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        found = set()
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
        return [list(t) for t in sorted(found)]
