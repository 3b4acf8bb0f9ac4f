// A binary min-heap of list nodes, ordered by value (JavaScript has no built-in heap).
function siftDown(heap, i) {
    const size = heap.length;
    for (;;) {
        let smallest = i;
        const l = 2 * i + 1;
        const r = l + 1;
        if (l < size && heap[l].val < heap[smallest].val) smallest = l;
        if (r < size && heap[r].val < heap[smallest].val) smallest = r;
        if (smallest === i) return;
        const t = heap[i];
        heap[i] = heap[smallest];
        heap[smallest] = t;
        i = smallest;
    }
}

function mergeQueues(lists) {
    const heap = lists.filter((head) => head !== null);
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
    const dummy = new ListNode();
    let tail = dummy;
    while (heap.length > 0) {
        const node = heap[0];
        tail.next = node;
        tail = node;
        if (node.next !== null) {
            heap[0] = node.next; // the successor replaces the popped front
        } else {
            const last = heap.pop();
            if (heap.length > 0) heap[0] = last;
        }
        if (heap.length > 0) siftDown(heap, 0);
    }
    tail.next = null;
    return dummy.next;
}
