impl Solution {
    pub fn equal_halves(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let half = (total / 2) as usize;
        // reach[s]: some group of the numbers seen so far sums to s
        let mut reach = vec![false; half + 1];
        reach[0] = true;
        for &x in &nums {
            let x = x as usize;
            for s in (x..=half).rev() {
                if reach[s - x] {
                    reach[s] = true;
                }
            }
        }
        reach[half]
    }
}
