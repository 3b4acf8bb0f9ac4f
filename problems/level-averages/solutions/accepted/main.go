package main

func levelAverages(root *TreeNode) []float64 {
	averages := []float64{}
	level := []*TreeNode{}
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		sum := 0 // Go's int is 64-bit: level sums cannot overflow
		below := []*TreeNode{}
		for _, node := range level {
			sum += node.Val
			if node.Left != nil {
				below = append(below, node.Left)
			}
			if node.Right != nil {
				below = append(below, node.Right)
			}
		}
		averages = append(averages, float64(sum)/float64(len(level)))
		level = below
	}
	return averages
}
