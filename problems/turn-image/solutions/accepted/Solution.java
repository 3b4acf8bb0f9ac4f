class Solution {
    public void turnImage(int[][] grid) {
        int n = grid.length;
        for (int top = 0; top < n / 2; top++) {
            int last = n - 1 - top;
            for (int k = 0; k < last - top; k++) {
                int saved = grid[top][top + k];
                grid[top][top + k] = grid[last - k][top];
                grid[last - k][top] = grid[last][last - k];
                grid[last][last - k] = grid[top + k][last];
                grid[top + k][last] = saved;
            }
        }
    }
}
