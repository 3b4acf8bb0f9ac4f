package main

func firstRepeatChar(s string) byte {
	var seen [256]bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		if seen[c] {
			return c
		}
		seen[c] = true
	}
	return '#'
}
