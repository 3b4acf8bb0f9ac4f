class Solution {
public:
    vector<int> spiralWalk(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<int> out;
        out.reserve((size_t)m * n);
        int top = 0, bottom = m - 1, left = 0, right = n - 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) out.push_back(grid[top][c]);
            for (int r = top + 1; r <= bottom; r++) out.push_back(grid[r][right]);
            // a ring that is a single row or a single column has no way back
            if (top < bottom && left < right) {
                for (int c = right - 1; c >= left; c--) out.push_back(grid[bottom][c]);
                for (int r = bottom - 1; r > top; r--) out.push_back(grid[r][left]);
            }
            top++, bottom--, left++, right--;
        }
        return out;
    }
};
