# Mistake: while filling the heap, an empty list (a None head) is taken for the end
# of the input and the loop stops there, so every list after the first empty one is
# never merged.
import heapq


class Solution:
    def merge_queues(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        fronts = list(lists)
        heap = []
        for i, node in enumerate(fronts):
            if node is None:
                break
            heap.append((node.val, i))
        heapq.heapify(heap)
        dummy = ListNode()
        tail = dummy
        while heap:
            _, i = heapq.heappop(heap)
            node = fronts[i]
            tail.next = node
            tail = node
            fronts[i] = node.next
            if node.next is not None:
                heapq.heappush(heap, (node.next.val, i))
        tail.next = None
        return dummy.next
