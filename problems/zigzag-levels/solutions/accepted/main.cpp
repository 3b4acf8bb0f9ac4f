class Solution {
public:
    vector<vector<int>> zigzagLevels(TreeNode* root) {
        vector<vector<int>> rows;
        vector<TreeNode*> level, below;
        if (root) level.push_back(root);
        while (!level.empty()) {
            vector<int> row;
            row.reserve(level.size());
            below.clear();
            for (TreeNode* node : level) {
                row.push_back(node->val);
                if (node->left) below.push_back(node->left);
                if (node->right) below.push_back(node->right);
            }
            // Levels 1, 3, 5, ... are read right to left.
            if (rows.size() % 2 == 1) reverse(row.begin(), row.end());
            rows.push_back(move(row));
            swap(level, below);
        }
        return rows;
    }
};
