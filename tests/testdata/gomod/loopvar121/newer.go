//go:build go1.22

// This file asks for go1.22, so its loops have a variable per iteration.
package main

func newer() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{4, 5, 6} {
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println("go1.22 file")
}
