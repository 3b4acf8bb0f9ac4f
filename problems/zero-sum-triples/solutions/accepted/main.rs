impl Solution {
    pub fn zero_sum_triples(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut a = nums;
        a.sort_unstable();
        let n = a.len();
        let mut out = Vec::new();
        for i in 0..n.saturating_sub(2) {
            if a[i] > 0 {
                break; // the two larger values are positive too
            }
            if i > 0 && a[i] == a[i - 1] {
                continue; // this smallest value was already handled
            }
            let need = -a[i];
            let (mut lo, mut hi) = (i + 1, n - 1);
            while lo < hi {
                let s = a[lo] + a[hi];
                if s < need {
                    lo += 1;
                } else if s > need {
                    hi -= 1;
                } else {
                    let (y, z) = (a[lo], a[hi]);
                    out.push(vec![a[i], y, z]);
                    while lo < hi && a[lo] == y {
                        lo += 1;
                    }
                    while lo < hi && a[hi] == z {
                        hi -= 1;
                    }
                }
            }
        }
        out
    }
}
