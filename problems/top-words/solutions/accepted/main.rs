use std::collections::HashMap;

impl Solution {
    pub fn top_words(words: Vec<String>, k: i32) -> Vec<String> {
        let mut count: HashMap<String, i32> = HashMap::new();
        for w in words {
            *count.entry(w).or_insert(0) += 1;
        }
        let mut items: Vec<(String, i32)> = count.into_iter().collect();
        items.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        items.into_iter().take(k as usize).map(|(w, _)| w).collect()
    }
}
