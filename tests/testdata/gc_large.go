package main

import "runtime"

// Large objects, objects of many sizes and a fragmented heap: data written
// into long-lived objects is intact after many collections, and memory
// freed by the collector is reused (handed out zeroed).

type Big struct {
	data [20000]int
	tag  string
	link *Big
}

type Small struct {
	a, b int
	p    *Small
}

func newBig(tag string, seed int) *Big {
	b := new(Big)
	for i := 0; i < len(b.data); i++ {
		b.data[i] = seed + i
	}
	b.tag = tag
	return b
}

func checkBig(b *Big, seed int) bool {
	for i := 0; i < len(b.data); i++ {
		if b.data[i] != seed+i {
			return false
		}
	}
	return true
}

func main() {
	keep := newBig("keep", 5)
	keep.link = newBig("linked", 9)
	var smalls [64]*Small
	zeroed := true
	for round := 0; round < 40; round++ {
		// fragment: replace every other small object, allocate big garbage
		for i := round % 2; i < len(smalls); i += 2 {
			s := new(Small)
			if s.a != 0 || s.b != 0 || s.p != nil {
				zeroed = false
			}
			s.a, s.b = round, i
			if i > 0 {
				s.p = smalls[i-1]
			}
			smalls[i] = s
		}
		g := newBig("garbage", round)
		if !checkBig(g, round) {
			println("bad garbage big", round)
		}
		var arr *[3000]int = new([3000]int)
		for i := 0; i < len(arr); i++ {
			if arr[i] != 0 {
				zeroed = false
			}
			arr[i] = i
		}
		if round%8 == 0 {
			runtime.GC()
		}
		if !checkBig(keep, 5) || !checkBig(keep.link, 9) {
			println("FAIL big data at round", round)
			return
		}
	}
	n := 0
	for i := 0; i < len(smalls); i++ {
		if smalls[i].b == i {
			n++
		}
	}
	println(keep.tag, keep.link.tag, n, zeroed)
}
