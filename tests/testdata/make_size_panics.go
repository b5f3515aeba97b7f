// make with negative sizes: gc's plainError for channels (no "runtime error:" prefix), errorString for slices.
package main

import "fmt"

func try(f func()) {
	defer func() { r := recover(); _, isErr := r.(error); fmt.Printf("%v %T %v\n", r, r, isErr) }()
	f()
}

func main() {
	n := -1
	try(func() { _ = make(map[int]int, n) })
	try(func() { _ = make(chan int, n) })
	try(func() { _ = make([]int, n) })
	_ = make(chan int, n)
}
