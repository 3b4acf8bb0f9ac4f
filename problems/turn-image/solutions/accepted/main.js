function turnImage(grid) {
    const n = grid.length;
    for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
            const t = grid[i][j];
            grid[i][j] = grid[j][i];
            grid[j][i] = t;
        }
    }
    for (const row of grid) row.reverse();
}
