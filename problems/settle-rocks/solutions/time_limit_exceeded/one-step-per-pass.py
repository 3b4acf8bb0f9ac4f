class Solution:
    def settle_rocks(self, grid: List[List[str]]) -> List[List[str]]:
        # Naive simulation: in every pass each rock with empty space just below it drops
        # by one row; repeat until nothing moves. A rock may need m - 1 passes to reach
        # the floor, so this is O(m^2 * n).
        m, n = len(grid), len(grid[0])
        g = [row[:] for row in grid]
        moved = True
        while moved:
            moved = False
            for r in range(m - 2, -1, -1):
                above, below = g[r], g[r + 1]
                for c in range(n):
                    if above[c] == "#" and below[c] == ".":
                        above[c] = "."
                        below[c] = "#"
                        moved = True
        return g
