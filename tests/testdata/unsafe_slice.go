package main

import "unsafe"

func main() {
	arr := [5]int32{1, 2, 3, 4, 5}
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[0], s[2])
	s[1] = 30
	println(arr[2])
	p := unsafe.SliceData(s)
	println(*p)
	str := "hello"
	b := unsafe.Slice(unsafe.StringData(str), len(str))
	println(len(b), b[4])
	var n int64 = 2
	t := unsafe.Slice(&arr[0], n)
	println(len(t), t[1])
	neg := -1
	println("negative")
	u := unsafe.Slice(&arr[0], neg)
	println(len(u))
}
