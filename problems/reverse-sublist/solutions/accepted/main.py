class Solution:
    def reverse_sublist(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        before = dummy
        for _ in range(left - 1):
            before = before.next
        first = before.next
        prev = None
        cur = first
        for _ in range(right - left + 1):
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        before.next = prev  # old last node of the stretch
        first.next = cur    # node after the stretch, or None
        return dummy.next
