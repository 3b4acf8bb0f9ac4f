class Solution:
    def merge_sorted_lists(self, a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail = dummy
        while a is not None and b is not None:
            if b.val < a.val:
                tail.next = b
                b = b.next
            else:
                tail.next = a
                a = a.next
            tail = tail.next
        tail.next = a if a is not None else b
        return dummy.next
