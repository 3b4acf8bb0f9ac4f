struct ListNode* reverse_sublist(struct ListNode* head, int left, int right) {
    struct ListNode dummy;
    dummy.next = head;
    struct ListNode* before = &dummy;
    for (int i = 1; i < left; i++) before = before->next;
    /* first: the node at position left; it ends up last in the stretch. Each
       step moves the node after it to the front of the stretch. */
    struct ListNode* first = before->next;
    for (int i = left; i < right; i++) {
        struct ListNode* moved = first->next;
        first->next = moved->next;
        moved->next = before->next;
        before->next = moved;
    }
    return dummy.next;
}
