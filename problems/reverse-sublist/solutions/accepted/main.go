package main

func reverseSublist(head *ListNode, left int, right int) *ListNode {
	dummy := &ListNode{Next: head}
	before := dummy
	for i := 1; i < left; i++ {
		before = before.Next
	}
	first := before.Next
	var prev *ListNode
	cur := first
	for i := left; i <= right; i++ {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	before.Next = prev
	first.Next = cur
	return dummy.Next
}
