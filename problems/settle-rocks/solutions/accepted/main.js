function settleRocks(grid) {
    const m = grid.length, n = grid[0].length;
    const out = grid.map(row => row.slice());
    // land[c]: the row where the next rock met in column c comes to rest
    const land = new Array(n).fill(m - 1);
    for (let r = m - 1; r >= 0; r--) {
        const row = out[r];
        for (let c = 0; c < n; c++) {
            const ch = row[c];
            if (ch === '*') {
                land[c] = r - 1;
            } else if (ch === '#') {
                row[c] = '.';
                out[land[c]][c] = '#';
                land[c]--;
            }
        }
    }
    return out;
}
