import heapq


class Solution:
    def merge_queues(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        fronts = list(lists)
        # (value, index of the list): the index breaks ties, so nodes are never compared.
        heap = [(node.val, i) for i, node in enumerate(fronts) if node is not None]
        heapq.heapify(heap)
        dummy = ListNode()
        tail = dummy
        while heap:
            i = heap[0][1]
            node = fronts[i]
            tail.next = node
            tail = node
            nxt = node.next
            fronts[i] = nxt
            if nxt is not None:
                heapq.heapreplace(heap, (nxt.val, i))
            else:
                heapq.heappop(heap)
        tail.next = None
        return dummy.next
