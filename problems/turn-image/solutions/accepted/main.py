class Solution:
    def turn_image(self, grid: List[List[int]]) -> None:
        n = len(grid)
        # mirror across the main diagonal...
        for i in range(n):
            row = grid[i]
            for j in range(i + 1, n):
                row[j], grid[j][i] = grid[j][i], row[j]
        # ...then mirror every row left to right: together, a clockwise quarter turn
        for row in grid:
            row.reverse()
