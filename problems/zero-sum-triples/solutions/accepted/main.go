package main

import "sort"

func zeroSumTriples(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	n := len(a)
	out := [][]int{}
	for i := 0; i+2 < n; i++ {
		if a[i] > 0 {
			break // the two larger values are positive too
		}
		if i > 0 && a[i] == a[i-1] {
			continue // this smallest value was already handled
		}
		need := -a[i]
		lo, hi := i+1, n-1
		for lo < hi {
			s := a[lo] + a[hi]
			if s < need {
				lo++
			} else if s > need {
				hi--
			} else {
				y, z := a[lo], a[hi]
				out = append(out, []int{a[i], y, z})
				for lo < hi && a[lo] == y {
					lo++
				}
				for lo < hi && a[hi] == z {
					hi--
				}
			}
		}
	}
	return out
}
