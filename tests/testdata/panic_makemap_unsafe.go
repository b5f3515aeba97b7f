package main

import "unsafe"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := unsafe.Slice(&arr[0], 2)
	println(len(s), s[1])
	n := -1
	_ = unsafe.Slice(&arr[0], n)
}
