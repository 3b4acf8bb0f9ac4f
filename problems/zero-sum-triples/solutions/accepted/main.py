class Solution:
    def zero_sum_triples(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        n = len(a)
        out = []
        for i in range(n - 2):
            x = a[i]
            if x > 0:
                break  # the two larger values are positive too
            if i > 0 and x == a[i - 1]:
                continue  # this smallest value was already handled
            need = -x
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a[lo] + a[hi]
                if s < need:
                    lo += 1
                elif s > need:
                    hi -= 1
                else:
                    y, z = a[lo], a[hi]
                    out.append([x, y, z])
                    lo += 1
                    while lo < hi and a[lo] == y:
                        lo += 1
                    hi -= 1
                    while lo < hi and a[hi] == z:
                        hi -= 1
        return out
