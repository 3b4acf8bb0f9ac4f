# Wrong: removes repeated values before searching, so triples that need the
# same value twice ([-2, 1, 1], [0, 0, 0]) are never found.
class Solution:
    def zero_sum_triples(self, nums: List[int]) -> List[List[int]]:
        a = sorted(set(nums))
        n = len(a)
        out = []
        for i in range(n):
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a[i] + a[lo] + a[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    out.append([a[i], a[lo], a[hi]])
                    lo += 1
                    hi -= 1
        return out
