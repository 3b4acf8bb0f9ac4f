package main

func sinkZeros(nums []int) {
	w := 0
	for _, v := range nums {
		if v != 0 {
			nums[w] = v
			w++
		}
	}
	for ; w < len(nums); w++ {
		nums[w] = 0
	}
}
