impl Solution {
    pub fn reverse_sublist(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut head = head;
        // Slot (the `next` field, or `head`) that holds the node at position `left`.
        let mut slot = &mut head;
        for _ in 1..left {
            slot = &mut slot.as_mut().unwrap().next;
        }
        // Detach everything from position `left` on, and pop the stretch's
        // nodes one by one onto a new list: that list comes out reversed.
        let mut rest = slot.take();
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in left..=right {
            let mut node = rest.unwrap();
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        *slot = reversed;
        // Walk to the end of the reversed stretch and hang the remainder there.
        let mut end = slot;
        while end.is_some() {
            end = &mut end.as_mut().unwrap().next;
        }
        *end = rest;
        head
    }
}
