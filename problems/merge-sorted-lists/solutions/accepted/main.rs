impl Solution {
    pub fn merge_sorted_lists(
        a: Option<Box<ListNode>>,
        b: Option<Box<ListNode>>,
    ) -> Option<Box<ListNode>> {
        let (mut a, mut b) = (a, b);
        let mut head: Option<Box<ListNode>> = None;
        let mut tail = &mut head;
        while a.is_some() && b.is_some() {
            let take_b = b.as_ref().unwrap().val < a.as_ref().unwrap().val;
            let src = if take_b { &mut b } else { &mut a };
            let mut node = src.take().unwrap();
            *src = node.next.take();
            *tail = Some(node);
            tail = &mut tail.as_mut().unwrap().next;
        }
        *tail = if a.is_some() { a } else { b };
        head
    }
}
