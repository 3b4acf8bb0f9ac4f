package main

func targetSumSubarrays(nums []int, target int64) int64 {
	// seen[p]: how many prefixes (including the empty one) have sum p
	seen := make(map[int64]int64, len(nums)+1)
	seen[0] = 1
	var prefix, count int64
	for _, x := range nums {
		prefix += int64(x)
		count += seen[prefix-target]
		seen[prefix]++
	}
	return count
}
