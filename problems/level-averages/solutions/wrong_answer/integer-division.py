# Mistake: divides with //, so the average is rounded down to an integer
# (a level holding 5 and 10 gives 7 instead of 7.5).
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
            averages.append(total // len(level))
            level = below
        return averages
