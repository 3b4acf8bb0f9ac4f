import java.util.*;

class Solution {
    public int[][] zigzagLevels(TreeNode root) {
        List<int[]> rows = new ArrayList<>();
        List<TreeNode> level = new ArrayList<>();
        if (root != null) level.add(root);
        while (!level.isEmpty()) {
            int count = level.size();
            int[] row = new int[count];
            boolean reversed = rows.size() % 2 == 1; // levels 1, 3, 5, ...
            List<TreeNode> below = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                TreeNode node = level.get(i);
                row[reversed ? count - 1 - i : i] = node.val;
                if (node.left != null) below.add(node.left);
                if (node.right != null) below.add(node.right);
            }
            rows.add(row);
            level = below;
        }
        return rows.toArray(new int[0][]);
    }
}
