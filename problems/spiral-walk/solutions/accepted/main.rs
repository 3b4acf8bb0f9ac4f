impl Solution {
    pub fn spiral_walk(grid: Vec<Vec<i32>>) -> Vec<i32> {
        let m = grid.len();
        let n = grid[0].len();
        let mut out = Vec::with_capacity(m * n);
        // walk with a direction and turn right when the next cell is outside or visited
        let mut seen = vec![vec![false; n]; m];
        let dirs: [(i64, i64); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        let (mut r, mut c, mut d) = (0i64, 0i64, 0usize);
        for _ in 0..m * n {
            out.push(grid[r as usize][c as usize]);
            seen[r as usize][c as usize] = true;
            for _ in 0..4 {
                let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
                if nr >= 0 && nc >= 0 && (nr as usize) < m && (nc as usize) < n && !seen[nr as usize][nc as usize] {
                    break;
                }
                d = (d + 1) % 4;
            }
            r += dirs[d].0;
            c += dirs[d].1;
        }
        out
    }
}
