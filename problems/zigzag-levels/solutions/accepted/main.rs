use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn zigzag_levels(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut rows: Vec<Vec<i32>> = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !level.is_empty() {
            let mut row = Vec::with_capacity(level.len());
            let mut below = Vec::new();
            for node in &level {
                let node = node.borrow();
                row.push(node.val);
                if let Some(left) = &node.left {
                    below.push(Rc::clone(left));
                }
                if let Some(right) = &node.right {
                    below.push(Rc::clone(right));
                }
            }
            // Levels 1, 3, 5, ... are read right to left.
            if rows.len() % 2 == 1 {
                row.reverse();
            }
            rows.push(row);
            level = below;
        }
        rows
    }
}
