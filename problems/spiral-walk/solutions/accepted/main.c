int* spiral_walk(int** grid, int grid_size, int* grid_col_size, int* return_size) {
    int m = grid_size, n = grid_col_size[0];
    int* out = malloc(sizeof(int) * (size_t)m * (size_t)n);
    int k = 0;
    int top = 0, bottom = m - 1, left = 0, right = n - 1;
    while (top <= bottom && left <= right) {
        for (int c = left; c <= right; c++) out[k++] = grid[top][c];
        for (int r = top + 1; r <= bottom; r++) out[k++] = grid[r][right];
        if (top < bottom && left < right) {
            for (int c = right - 1; c >= left; c--) out[k++] = grid[bottom][c];
            for (int r = bottom - 1; r > top; r--) out[k++] = grid[r][left];
        }
        top++;
        bottom--;
        left++;
        right--;
    }
    *return_size = k;
    return out;
}
