# Mistake: when the two front values are equal, takes the node from the first
# list and also skips the one in the second list, so a value present in both
# lists appears once too few in the result.
class Solution:
    def merge_sorted_lists(self, a: Optional[ListNode], b: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        tail = dummy
        while a is not None and b is not None:
            if a.val < b.val:
                tail.next = a
                a = a.next
            elif b.val < a.val:
                tail.next = b
                b = b.next
            else:
                tail.next = a
                a = a.next
                b = b.next
            tail = tail.next
        tail.next = a if a is not None else b
        return dummy.next
