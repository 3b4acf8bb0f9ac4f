# Correct but quadratic: every zero found is removed by shifting the whole rest
# of the buffer one slot to the left, element by element, and a 0 is put at the
# end. With half of 10^5 readings being zeros that is billions of steps.
class Solution:
    def sink_zeros(self, nums: List[int]) -> None:
        n = len(nums)
        end = n
        i = 0
        while i < end:
            if nums[i] == 0:
                for j in range(i, n - 1):
                    nums[j] = nums[j + 1]
                nums[n - 1] = 0
                end -= 1
            else:
                i += 1
