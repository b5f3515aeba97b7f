package main

import "runtime"

// Panics unwind through functions that hold pointers in GC frames; after a
// recover the frame chain must be intact for the collections that follow.

type Node struct {
	next *Node
	val  int
}

func build(n int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{h, i}
	}
	return h
}

func sum(n *Node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func deep(d int, keep *Node) int {
	local := build(5)
	if d == 0 {
		runtime.GC()
		panic("bottom")
	}
	r := deep(d-1, local)
	return r + sum(keep) + sum(local)
}

func try(d int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
		}
	}()
	held := build(10)
	res = deep(d, held) + sum(held)
	return
}

func main() {
	long := build(100)
	total := 0
	for i := 0; i < 50; i++ {
		total += try(i % 7)
		garbage := build(200)
		total += sum(garbage) % 7
		if i%10 == 0 {
			runtime.GC()
		}
		if sum(long) != 4950 {
			println("FAIL", i)
			return
		}
	}
	println(total, sum(long))
}
