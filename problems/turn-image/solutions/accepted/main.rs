impl Solution {
    pub fn turn_image(grid: &mut Vec<Vec<i32>>) {
        let n = grid.len();
        for top in 0..n / 2 {
            let last = n - 1 - top;
            for k in 0..last - top {
                // move the four pixels of one cycle, each one corner clockwise
                let saved = grid[top][top + k];
                grid[top][top + k] = grid[last - k][top];
                grid[last - k][top] = grid[last][last - k];
                grid[last][last - k] = grid[top + k][last];
                grid[top + k][last] = saved;
            }
        }
    }
}
