class Solution {
public:
    vector<vector<char>> settleRocks(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<vector<char>> out = grid;
        // land[c]: the row where the next rock met in column c comes to rest
        vector<int> land(n, m - 1);
        for (int r = m - 1; r >= 0; r--) {
            for (int c = 0; c < n; c++) {
                char ch = out[r][c];
                if (ch == '*') {
                    land[c] = r - 1;
                } else if (ch == '#') {
                    out[r][c] = '.';
                    out[land[c]][c] = '#';
                    land[c]--;
                }
            }
        }
        return out;
    }
};
