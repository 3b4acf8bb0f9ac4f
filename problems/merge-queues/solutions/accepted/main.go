package main

// Divide and conquer: merge the lists in pairs, round after round, so every node
// takes part in about log2(k) two-way merges.
func mergeQueues(lists []*ListNode) *ListNode {
	if len(lists) == 0 {
		return nil
	}
	current := make([]*ListNode, len(lists))
	copy(current, lists)
	for len(current) > 1 {
		next := make([]*ListNode, 0, (len(current)+1)/2)
		for i := 0; i+1 < len(current); i += 2 {
			next = append(next, mergeTwo(current[i], current[i+1]))
		}
		if len(current)%2 == 1 {
			next = append(next, current[len(current)-1])
		}
		current = next
	}
	return current[0]
}

func mergeTwo(a, b *ListNode) *ListNode {
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
