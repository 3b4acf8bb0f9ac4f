package main

func spiralWalk(grid [][]int) []int {
	m, n := len(grid), len(grid[0])
	out := make([]int, 0, m*n)
	top, bottom, left, right := 0, m-1, 0, n-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, grid[top][c])
		}
		for r := top + 1; r <= bottom; r++ {
			out = append(out, grid[r][right])
		}
		if top < bottom && left < right {
			for c := right - 1; c >= left; c-- {
				out = append(out, grid[bottom][c])
			}
			for r := bottom - 1; r > top; r-- {
				out = append(out, grid[r][left])
			}
		}
		top++
		bottom--
		left++
		right--
	}
	return out
}
