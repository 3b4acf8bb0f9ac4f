class Solution {
public:
    vector<int> spiralWalk(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<int> out;
        // bug: walks min(m, n) / 2 complete rings and forgets the middle row or
        // column that is left over when the smaller side is odd
        int rings = min(m, n) / 2;
        for (int k = 0; k < rings; k++) {
            int top = k, bottom = m - 1 - k, left = k, right = n - 1 - k;
            for (int c = left; c <= right; c++) out.push_back(grid[top][c]);
            for (int r = top + 1; r <= bottom; r++) out.push_back(grid[r][right]);
            for (int c = right - 1; c >= left; c--) out.push_back(grid[bottom][c]);
            for (int r = bottom - 1; r > top; r--) out.push_back(grid[r][left]);
        }
        return out;
    }
};
