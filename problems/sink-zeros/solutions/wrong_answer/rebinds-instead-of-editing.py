# Mistake: builds the right array but only rebinds the local name `nums` to it.
# The caller's list is never touched, so it keeps its original order.
class Solution:
    def sink_zeros(self, nums: List[int]) -> None:
        kept = [v for v in nums if v != 0]
        nums = kept + [0] * (len(nums) - len(kept))
