package main

import (
	"bufio"
	"fmt"
	"os"
)

// Binary search: [lo, hi] always holds the hidden number; each query drops mid and
// the wrong half, so at most bit_length(n) queries are asked.
func main() {
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var n int64
	if _, err := fmt.Fscan(in, &n); err != nil {
		return
	}
	lo, hi := int64(1), n
	for lo <= hi {
		mid := lo + (hi-lo)/2
		fmt.Fprintf(out, "? %d\n", mid)
		out.Flush() // a buffered query never reaches the judge
		var reply string
		if _, err := fmt.Fscan(in, &reply); err != nil {
			return
		}
		switch reply {
		case "=":
			fmt.Fprintf(out, "! %d\n", mid)
			return
		case ">":
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
}
