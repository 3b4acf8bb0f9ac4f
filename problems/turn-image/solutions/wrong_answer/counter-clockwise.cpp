class Solution {
public:
    void turnImage(vector<vector<int>>& grid) {
        int n = grid.size();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) swap(grid[i][j], grid[j][i]);
        // Mistake: reverses the order of the rows instead of each row, which
        // turns the picture a quarter turn counter-clockwise.
        reverse(grid.begin(), grid.end());
    }
};
