class Solution {
    public ListNode reverseSublist(ListNode head, int left, int right) {
        ListNode dummy = new ListNode(0, head);
        ListNode before = dummy;
        for (int i = 1; i < left; i++) before = before.next;
        // Move the node after `first` to the front of the stretch, right - left times.
        ListNode first = before.next;
        for (int i = left; i < right; i++) {
            ListNode moved = first.next;
            first.next = moved.next;
            moved.next = before.next;
            before.next = moved;
        }
        return dummy.next;
    }
}
