function mergeSortedLists(a, b) {
    const dummy = new ListNode();
    let tail = dummy;
    while (a !== null && b !== null) {
        if (b.val < a.val) {
            tail.next = b;
            b = b.next;
        } else {
            tail.next = a;
            a = a.next;
        }
        tail = tail.next;
    }
    tail.next = a !== null ? a : b;
    return dummy.next;
}
