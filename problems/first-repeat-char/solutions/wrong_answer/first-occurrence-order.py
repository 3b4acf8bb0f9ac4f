# Wrong: counts every character, then returns the first character (by its
# FIRST occurrence) that occurs at least twice. In "abba" this gives 'a',
# but the b is seen again first (index 2, before the second a at index 3).
class Solution:
    def first_repeat_char(self, s: str) -> str:
        count = {}
        for c in s:
            count[c] = count.get(c, 0) + 1
        for c in s:
            if count[c] >= 2:
                return c
        return "#"
