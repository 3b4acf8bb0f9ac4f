class Solution:
    def zigzag_levels(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []
        level = [root] if root is not None else []
        while level:
            values = [node.val for node in level]
            if len(rows) % 2 == 1:
                values.reverse()
            rows.append(values)
            below = []
            for node in level:
                if node.left is not None:
                    below.append(node.left)
                if node.right is not None:
                    below.append(node.right)
            level = below
        return rows
