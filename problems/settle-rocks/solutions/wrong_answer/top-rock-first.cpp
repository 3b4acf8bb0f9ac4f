class Solution {
public:
    vector<vector<char>> settleRocks(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<vector<char>> g = grid;
        // bug: the rocks are dropped from the top row down, so an upper rock comes to
        // rest on a lower rock that has not fallen yet and stays hanging in the air
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (g[r][c] != '#') continue;
                int k = r;
                while (k + 1 < m && g[k + 1][c] == '.') k++;
                g[r][c] = '.';
                g[k][c] = '#';
            }
        }
        return g;
    }
};
