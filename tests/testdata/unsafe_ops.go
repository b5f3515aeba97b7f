// golden: GOARCH=386
package main

import "unsafe"

type Header struct {
	A byte
	B int32
	C byte
	D int32
	E [3]uint16
}

func main() {
	var h Header
	println(unsafe.Sizeof(h), unsafe.Alignof(h.B), unsafe.Offsetof(h.B), unsafe.Offsetof(h.C), unsafe.Offsetof(h.D), unsafe.Offsetof(h.E))
	println(unsafe.Sizeof(int(0)), unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)))
	x := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&x))
	println(b[0], b[1], b[2], b[3])
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
	arr := [5]int32{10, 20, 30, 40, 50}
	p := unsafe.Pointer(&arr[0])
	third := (*int32)(unsafe.Add(p, 2*unsafe.Sizeof(arr[0])))
	println(*third)
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[2])
	str := "hello"
	data := unsafe.StringData(str)
	println(*data, unsafe.String(data, 3))
	bs := []byte("world")
	println(unsafe.String(unsafe.SliceData(bs), len(bs)))
	type pair struct{ a, b int16 }
	pp := pair{1, 2}
	q := (*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(&pp)) + unsafe.Offsetof(pp.b)))
	*q = 99
	println(pp.b)
}
