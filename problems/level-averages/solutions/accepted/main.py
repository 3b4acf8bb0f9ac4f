class Solution:
    def level_averages(self, root: Optional[TreeNode]) -> List[float]:
        averages = []
        level = [root] if root is not None else []
        while level:
            total = 0
            below = []
            for node in level:
                total += node.val
                if node.left is not None:
                    below.append(node.left)
                if node.right is not None:
                    below.append(node.right)
            averages.append(total / len(level))
            level = below
        return averages
