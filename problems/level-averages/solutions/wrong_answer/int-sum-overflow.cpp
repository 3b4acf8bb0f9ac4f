// Mistake: adds a level's values in a 32-bit int. Two values near 2^31 already
// overflow, so wide levels of large values get a wrapped (wrong) sum.
class Solution {
public:
    vector<double> levelAverages(TreeNode* root) {
        vector<double> averages;
        vector<TreeNode*> level, below;
        if (root) level.push_back(root);
        while (!level.empty()) {
            int sum = 0;
            below.clear();
            for (TreeNode* node : level) {
                sum += node->val;
                if (node->left) below.push_back(node->left);
                if (node->right) below.push_back(node->right);
            }
            averages.push_back((double)sum / level.size());
            swap(level, below);
        }
        return averages;
    }
};
