package main

func zigzagLevels(root *TreeNode) [][]int {
	rows := [][]int{}
	level := []*TreeNode{}
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		row := make([]int, len(level))
		below := []*TreeNode{}
		for i, node := range level {
			// Levels 1, 3, 5, ... are read right to left.
			if len(rows)%2 == 0 {
				row[i] = node.Val
			} else {
				row[len(level)-1-i] = node.Val
			}
			if node.Left != nil {
				below = append(below, node.Left)
			}
			if node.Right != nil {
				below = append(below, node.Right)
			}
		}
		rows = append(rows, row)
		level = below
	}
	return rows
}
