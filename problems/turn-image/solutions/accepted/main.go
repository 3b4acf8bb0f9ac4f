package main

func turnImage(grid [][]int) {
	n := len(grid)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
		}
	}
	for _, row := range grid {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			row[a], row[b] = row[b], row[a]
		}
	}
}
