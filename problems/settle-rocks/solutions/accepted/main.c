char** settle_rocks(char** grid, int grid_size, int* grid_col_size, int* return_size, int** return_column_sizes) {
    int m = grid_size, n = grid_col_size[0];
    char** out = malloc(sizeof(char*) * m);
    int* sizes = malloc(sizeof(int) * m);
    for (int r = 0; r < m; r++) {
        out[r] = malloc(n + 1);
        memcpy(out[r], grid[r], n);
        out[r][n] = '\0';
        sizes[r] = n;
    }
    /* land[c]: the row where the next rock met in column c comes to rest */
    int* land = malloc(sizeof(int) * n);
    for (int c = 0; c < n; c++) land[c] = m - 1;
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
    free(land);
    *return_size = m;
    *return_column_sizes = sizes;
    return out;
}
