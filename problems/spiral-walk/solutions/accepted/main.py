class Solution:
    def spiral_walk(self, grid: List[List[int]]) -> List[int]:
        m, n = len(grid), len(grid[0])
        out = []
        top, bottom, left, right = 0, m - 1, 0, n - 1
        while top <= bottom and left <= right:
            out.extend(grid[top][left:right + 1])
            out.extend(grid[r][right] for r in range(top + 1, bottom + 1))
            # a ring that is one row or one column thick has no way back
            if top < bottom and left < right:
                out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))
                out.extend(grid[r][left] for r in range(bottom - 1, top, -1))
            top += 1
            bottom -= 1
            left += 1
            right -= 1
        return out
