/* A binary min-heap of list nodes, ordered by value. */
static void sift_down(struct ListNode** heap, int size, int i) {
    for (;;) {
        int smallest = i;
        int l = 2 * i + 1, r = 2 * i + 2;
        if (l < size && heap[l]->val < heap[smallest]->val) smallest = l;
        if (r < size && heap[r]->val < heap[smallest]->val) smallest = r;
        if (smallest == i) return;
        struct ListNode* t = heap[i];
        heap[i] = heap[smallest];
        heap[smallest] = t;
        i = smallest;
    }
}

struct ListNode* merge_queues(struct ListNode** lists, int lists_size) {
    struct ListNode** heap = malloc(sizeof(struct ListNode*) * (lists_size > 0 ? lists_size : 1));
    int size = 0;
    for (int i = 0; i < lists_size; i++) {
        if (lists[i] != NULL) heap[size++] = lists[i];
    }
    for (int i = size / 2 - 1; i >= 0; i--) sift_down(heap, size, i);
    struct ListNode dummy;
    dummy.next = NULL;
    struct ListNode* tail = &dummy;
    while (size > 0) {
        struct ListNode* node = heap[0];
        tail->next = node;
        tail = node;
        if (node->next != NULL) {
            heap[0] = node->next; /* the successor replaces the popped front */
        } else {
            heap[0] = heap[--size];
        }
        sift_down(heap, size, 0);
    }
    tail->next = NULL;
    free(heap);
    return dummy.next;
}
