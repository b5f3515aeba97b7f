package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped early at", i)
				return
			}
		}
	}
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"a", "b", "c"} {
			if !yield(s, i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)

	next2, stop2 := iter.Pull(count(10))
	a, _ := next2()
	b, _ := next2()
	fmt.Println(a, b)
	stop2()
	stop2()

	n3, s3 := iter.Pull2(pairs())
	for {
		k, v, ok := n3()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	s3()

	// zip two sequences with Pull
	na, sa := iter.Pull(count(4))
	nb, sb := iter.Pull(count(2))
	defer sa()
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if !ok1 && !ok2 {
			break
		}
		fmt.Println(x, ok1, y, ok2)
	}

	// a panic in the sequence propagates to next
	np, sp := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic("boom in seq")
	})
	defer sp()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(np())
		fmt.Println(np())
	}()
}
