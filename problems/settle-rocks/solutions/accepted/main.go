package main

func settleRocks(grid [][]byte) [][]byte {
	m, n := len(grid), len(grid[0])
	out := make([][]byte, m)
	for r := range grid {
		out[r] = append([]byte(nil), grid[r]...)
	}
	// land[c]: the row where the next rock met in column c comes to rest
	land := make([]int, n)
	for c := range land {
		land[c] = m - 1
	}
	for r := m - 1; r >= 0; r-- {
		row := out[r]
		for c := 0; c < n; c++ {
			switch row[c] {
			case '*':
				land[c] = r - 1
			case '#':
				row[c] = '.'
				out[land[c]][c] = '#'
				land[c]--
			}
		}
	}
	return out
}
