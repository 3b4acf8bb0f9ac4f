class Solution {
public:
    void turnImage(vector<vector<int>>& grid) {
        int n = grid.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) swap(grid[i][j], grid[j][i]);
        for (auto& row : grid) reverse(row.begin(), row.end());
    }
};
