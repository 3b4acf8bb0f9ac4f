use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_queues(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut fronts = lists;
        // Min-heap of (front value, index of the list).
        let mut heap: BinaryHeap<Reverse<(i32, usize)>> = fronts
            .iter()
            .enumerate()
            .filter_map(|(i, node)| node.as_ref().map(|n| Reverse((n.val, i))))
            .collect();
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        while let Some(Reverse((_, i))) = heap.pop() {
            let mut node = fronts[i].take().unwrap();
            fronts[i] = node.next.take();
            if let Some(next) = fronts[i].as_ref() {
                heap.push(Reverse((next.val, i)));
            }
            *tail = Some(node);
            tail = &mut tail.as_mut().unwrap().next;
        }
        head
    }
}
