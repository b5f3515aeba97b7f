// golden: GOARCH=386
// iter.Pull and iter.Pull2: pulling from push iterators, stopping early.
package main

import (
	"fmt"
	"iter"
	"slices"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				fmt.Println("fib stopped")
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	for i := 0; i < 8; i++ {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println(v, ok)

	n2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	for {
		i, s, ok := n2()
		if !ok {
			break
		}
		fmt.Println(i, s)
	}
	a, b := iter.Pull(slices.Values([]int{1, 3, 5}))
	c, d := iter.Pull(slices.Values([]int{2, 4}))
	var merged []int
	x, okx := a()
	y, oky := c()
	for okx || oky {
		if okx && (!oky || x < y) {
			merged = append(merged, x)
			x, okx = a()
		} else {
			merged = append(merged, y)
			y, oky = c()
		}
	}
	b()
	d()
	fmt.Println(merged)
}
