function spiralWalk(grid) {
    const m = grid.length, n = grid[0].length;
    const out = [];
    let top = 0, bottom = m - 1, left = 0, right = n - 1;
    while (top <= bottom && left <= right) {
        for (let c = left; c <= right; c++) out.push(grid[top][c]);
        for (let r = top + 1; r <= bottom; r++) out.push(grid[r][right]);
        if (top < bottom && left < right) {
            for (let c = right - 1; c >= left; c--) out.push(grid[bottom][c]);
            for (let r = bottom - 1; r > top; r--) out.push(grid[r][left]);
        }
        top++;
        bottom--;
        left++;
        right--;
    }
    return out;
}
