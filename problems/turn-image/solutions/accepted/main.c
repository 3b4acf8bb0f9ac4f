void turn_image(int** grid, int grid_size, int* grid_col_size) {
    (void)grid_col_size;
    int n = grid_size;
    for (int top = 0; top < n / 2; top++) {
        int last = n - 1 - top;
        for (int k = 0; k < last - top; k++) {
            // the cycle: top edge -> right edge -> bottom edge -> left edge -> top edge
            int saved = grid[top][top + k];
            grid[top][top + k] = grid[last - k][top];
            grid[last - k][top] = grid[last][last - k];
            grid[last][last - k] = grid[top + k][last];
            grid[top + k][last] = saved;
        }
    }
}
