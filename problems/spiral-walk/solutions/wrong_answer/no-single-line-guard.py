class Solution:
    def spiral_walk(self, grid: List[List[int]]) -> List[int]:
        m, n = len(grid), len(grid[0])
        out = []
        top, bottom, left, right = 0, m - 1, 0, n - 1
        while top <= bottom and left <= right:
            for c in range(left, right + 1):
                out.append(grid[top][c])
            for r in range(top + 1, bottom + 1):
                out.append(grid[r][right])
            # bug: when only one row (or column) is left, the way back walks it again
            for c in range(right - 1, left - 1, -1):
                out.append(grid[bottom][c])
            for r in range(bottom - 1, top, -1):
                out.append(grid[r][left])
            top += 1
            bottom -= 1
            left += 1
            right -= 1
        return out
