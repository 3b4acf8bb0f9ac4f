use std::collections::HashMap;

struct VersionedStore {
    // key -> (stamps, values) in the order of the puts; put stamps only grow,
    // so every stamps vector is sorted.
    versions: HashMap<String, (Vec<i32>, Vec<String>)>,
}

impl VersionedStore {
    pub fn new() -> Self {
        VersionedStore { versions: HashMap::new() }
    }

    pub fn put(&mut self, key: String, value: String, stamp: i32) {
        let entry = self.versions.entry(key).or_default();
        entry.0.push(stamp);
        entry.1.push(value);
    }

    pub fn get(&mut self, key: String, stamp: i32) -> String {
        match self.versions.get(&key) {
            None => String::new(),
            Some((stamps, values)) => {
                // the number of versions stamped at or before `stamp`
                let i = stamps.partition_point(|&s| s <= stamp);
                if i > 0 {
                    values[i - 1].clone()
                } else {
                    String::new()
                }
            }
        }
    }
}
