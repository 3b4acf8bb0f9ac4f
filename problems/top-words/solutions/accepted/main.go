package main

import "sort"

func topWords(words []string, k int) []string {
	count := make(map[string]int)
	for _, w := range words {
		count[w]++
	}
	distinct := make([]string, 0, len(count))
	for w := range count {
		distinct = append(distinct, w)
	}
	sort.Slice(distinct, func(i, j int) bool {
		a, b := distinct[i], distinct[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return a < b
	})
	return distinct[:k]
}
