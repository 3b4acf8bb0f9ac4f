import java.util.*;

class Solution {
    public double[] levelAverages(TreeNode root) {
        List<Double> averages = new ArrayList<>();
        List<TreeNode> level = new ArrayList<>();
        if (root != null) level.add(root);
        while (!level.isEmpty()) {
            long sum = 0; // a level can hold thousands of values near 2^31
            List<TreeNode> below = new ArrayList<>();
            for (TreeNode node : level) {
                sum += node.val;
                if (node.left != null) below.add(node.left);
                if (node.right != null) below.add(node.right);
            }
            averages.add((double) sum / level.size());
            level = below;
        }
        double[] out = new double[averages.size()];
        for (int i = 0; i < out.length; i++) out[i] = averages.get(i);
        return out;
    }
}
