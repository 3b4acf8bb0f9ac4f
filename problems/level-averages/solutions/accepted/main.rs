use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_averages(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<f64> {
        let mut averages = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            // A level can hold thousands of values near 2^31.
            let mut sum: i64 = 0;
            let mut below = Vec::new();
            for node in &level {
                let node = node.borrow();
                sum += node.val as i64;
                if let Some(left) = &node.left {
                    below.push(Rc::clone(left));
                }
                if let Some(right) = &node.right {
                    below.push(Rc::clone(right));
                }
            }
            averages.push(sum as f64 / level.len() as f64);
            level = below;
        }
        averages
    }
}
