class Solution:
    def settle_rocks(self, grid: List[List[str]]) -> List[List[str]]:
        # Work column by column: the walls cut a column into independent pieces, and
        # in each piece the rocks simply pile up at its bottom end.
        columns = []
        for col in zip(*grid):
            pieces = "".join(col).split("*")
            settled = []
            for piece in pieces:
                rocks = piece.count("#")
                settled.append("." * (len(piece) - rocks) + "#" * rocks)
            columns.append("*".join(settled))
        return [list(row) for row in zip(*columns)]
