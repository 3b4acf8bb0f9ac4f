class Solution:
    def settle_rocks(self, grid: List[List[str]]) -> List[List[str]]:
        m, n = len(grid), len(grid[0])
        out = [row[:] for row in grid]
        for c in range(n):
            rocks = sum(1 for r in range(m) if grid[r][c] == "#")
            # bug: the walls stay put, but the rocks of the whole column are piled up
            # from the bottom as if they could slip past the walls
            for r in range(m - 1, -1, -1):
                if out[r][c] == "*":
                    continue
                if rocks > 0:
                    out[r][c] = "#"
                    rocks -= 1
                else:
                    out[r][c] = "."
        return out
