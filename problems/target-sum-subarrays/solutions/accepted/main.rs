use std::collections::HashMap;

impl Solution {
    pub fn target_sum_subarrays(nums: Vec<i32>, target: i64) -> i64 {
        // seen[p]: how many prefixes (including the empty one) have sum p
        let mut seen: HashMap<i64, i64> = HashMap::with_capacity(nums.len() + 1);
        seen.insert(0, 1);
        let mut prefix: i64 = 0;
        let mut count: i64 = 0;
        for &x in &nums {
            prefix += x as i64;
            if let Some(&c) = seen.get(&(prefix - target)) {
                count += c;
            }
            *seen.entry(prefix).or_insert(0) += 1;
        }
        count
    }
}
