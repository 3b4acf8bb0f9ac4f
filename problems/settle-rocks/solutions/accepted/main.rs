impl Solution {
    pub fn settle_rocks(grid: Vec<Vec<char>>) -> Vec<Vec<char>> {
        let mut g = grid;
        let m = g.len();
        let n = g[0].len();
        // land[c]: one more than the row where the next rock met in column c comes to
        // rest (kept one higher so that it never goes below zero)
        let mut land = vec![m; n];
        for r in (0..m).rev() {
            for c in 0..n {
                match g[r][c] {
                    '*' => land[c] = r,
                    '#' => {
                        g[r][c] = '.';
                        g[land[c] - 1][c] = '#';
                        land[c] -= 1;
                    }
                    _ => {}
                }
            }
        }
        g
    }
}
