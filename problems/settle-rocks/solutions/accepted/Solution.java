class Solution {
    public char[][] settleRocks(char[][] grid) {
        int m = grid.length, n = grid[0].length;
        char[][] out = new char[m][];
        for (int r = 0; r < m; r++) out[r] = grid[r].clone();
        // land[c]: the row where the next rock met in column c comes to rest
        int[] land = new int[n];
        java.util.Arrays.fill(land, m - 1);
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
}
