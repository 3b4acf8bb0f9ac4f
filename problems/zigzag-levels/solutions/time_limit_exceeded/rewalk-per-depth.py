# Correct but slow: for every depth d it walks the tree again from the root,
# going no deeper than d, and keeps the nodes found at depth d (left to right).
# O(n * height): with 98017 nodes near the root and a 1983-node tail, that is
# about 2 * 10^8 node visits.
class Solution:
    def zigzag_levels(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []
        d = 0
        while True:
            row = []
            stack = [(root, 0)] if root is not None else []
            while stack:
                node, depth = stack.pop()
                if depth == d:
                    row.append(node.val)
                    continue
                # push right first so that the left subtree is walked first
                if node.right is not None:
                    stack.append((node.right, depth + 1))
                if node.left is not None:
                    stack.append((node.left, depth + 1))
            if not row:
                return rows
            if d % 2 == 1:
                row.reverse()
            rows.append(row)
            d += 1
