// Mistake: keeps one plain BFS queue and only changes the order in which each
// node's two children are queued (right first before a right-to-left level).
// That reverses siblings, not the whole level: the third level comes out as
// [children of the right node..., children of the left node...].
class Solution {
public:
    vector<vector<int>> zigzagLevels(TreeNode* root) {
        vector<vector<int>> rows;
        queue<TreeNode*> q;
        if (root) q.push(root);
        while (!q.empty()) {
            int count = q.size();
            bool next_right_to_left = rows.size() % 2 == 0;
            vector<int> row;
            for (int i = 0; i < count; i++) {
                TreeNode* node = q.front();
                q.pop();
                row.push_back(node->val);
                TreeNode* first = next_right_to_left ? node->right : node->left;
                TreeNode* second = next_right_to_left ? node->left : node->right;
                if (first) q.push(first);
                if (second) q.push(second);
            }
            rows.push_back(row);
        }
        return rows;
    }
};
