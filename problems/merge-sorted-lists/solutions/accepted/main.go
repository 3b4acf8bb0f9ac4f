package main

func mergeSortedLists(a *ListNode, b *ListNode) *ListNode {
	dummy := &ListNode{}
	tail := dummy
	for a != nil && b != nil {
		if b.Val < a.Val {
			tail.Next = b
			b = b.Next
		} else {
			tail.Next = a
			a = a.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}
