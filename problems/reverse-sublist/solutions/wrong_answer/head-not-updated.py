# Mistake: no placeholder node in front of the head. When left = 1 there is no
# node before the stretch, so the reversed stretch is never attached anywhere and
# the old head (now the last node of the stretch) is returned: everything in
# front of it is lost.
class Solution:
    def reverse_sublist(self, head: Optional[ListNode], left: int, right: int) -> Optional[ListNode]:
        before = None
        cur = head
        for _ in range(left - 1):
            before = cur
            cur = cur.next
        first = cur
        prev = None
        for _ in range(right - left + 1):
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        if before is not None:
            before.next = prev
        first.next = cur
        return head
