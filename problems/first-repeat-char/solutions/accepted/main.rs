impl Solution {
    pub fn first_repeat_char(s: String) -> char {
        let mut seen = [false; 256];
        for &b in s.as_bytes() {
            if seen[b as usize] {
                return b as char;
            }
            seen[b as usize] = true;
        }
        '#'
    }
}
