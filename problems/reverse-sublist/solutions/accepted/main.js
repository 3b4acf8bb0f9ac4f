function reverseSublist(head, left, right) {
    const dummy = new ListNode(0, head);
    let before = dummy;
    for (let i = 1; i < left; i++) before = before.next;
    const first = before.next;
    let prev = null;
    let cur = first;
    for (let i = left; i <= right; i++) {
        const next = cur.next;
        cur.next = prev;
        prev = cur;
        cur = next;
    }
    before.next = prev;
    first.next = cur;
    return dummy.next;
}
