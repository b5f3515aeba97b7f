// golden: GOARCH=386
// unsafe.String and unsafe.Slice check their length and pointer as gc does.
package main

import (
	"fmt"
	"unsafe"
)

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	b := []byte("hello")
	n := -1
	try(func() { _ = unsafe.String(&b[0], n) })
	try(func() { _ = unsafe.Slice((*byte)(nil), 1) })
	try(func() { _ = unsafe.Slice(&b[0], n) })
	try(func() { _ = unsafe.SliceData(b[:0]) })
	var p *byte
	fmt.Println(len(unsafe.Slice(p, 0)), unsafe.String(p, 0) == "")
	fmt.Println(unsafe.String(&b[1], 3))
}
