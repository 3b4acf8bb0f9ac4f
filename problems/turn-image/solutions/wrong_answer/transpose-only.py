# Mistake: swaps grid[i][j] with grid[j][i] and stops there. That mirrors the
# picture across its main diagonal; the second step (reversing each row) that
# would make it a clockwise turn is missing.
class Solution:
    def turn_image(self, grid: List[List[int]]) -> None:
        n = len(grid)
        for i in range(n):
            for j in range(i + 1, n):
                grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
