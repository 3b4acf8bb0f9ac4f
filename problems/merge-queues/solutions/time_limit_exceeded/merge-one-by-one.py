# Naive: folds the lists into the result one after another. Each fold walks the
# result built so far, so k lists of about N / k nodes cost O(k * N) steps in total:
# about 5 * 10^8 for 10^4 lists of 10 nodes.
class Solution:
    def merge_queues(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        result = None
        for head in lists:
            dummy = ListNode()
            tail = dummy
            a, b = result, head
            while a is not None and b is not None:
                if b.val < a.val:
                    tail.next = b
                    b = b.next
                else:
                    tail.next = a
                    a = a.next
                tail = tail.next
            tail.next = a if a is not None else b
            result = dummy.next
        return result
