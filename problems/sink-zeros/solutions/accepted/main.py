class Solution:
    def sink_zeros(self, nums: List[int]) -> None:
        w = 0
        for i in range(len(nums)):
            if nums[i] != 0:
                # w <= i, so this never overwrites a value not read yet
                nums[w], nums[i] = nums[i], nums[w]
                w += 1
