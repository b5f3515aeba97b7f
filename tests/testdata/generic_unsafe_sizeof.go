// golden: GOARCH=386
// unsafe.Sizeof/Alignof/Offsetof whose operand's type involves a type parameter:
// a constant per instantiation (slices.overlaps uses unsafe.Sizeof(a[0]) with a []E).
package main

import (
	"fmt"
	"unsafe"
)

type Pair[K comparable, V any] struct {
	Key  K
	Flag bool
	Val  V
}

type Inner[T any] struct {
	A byte
	B T
}

type Outer[T any] struct {
	X int16
	Inner[T]
	C T
}

func (p *Pair[K, V]) offsets() (uintptr, uintptr, uintptr) {
	return unsafe.Offsetof(p.Key), unsafe.Offsetof(p.Flag), unsafe.Offsetof(p.Val)
}

func sizeOf[T any]() uintptr {
	var x T
	return unsafe.Sizeof(x)
}

func alignOf[T any]() uintptr {
	var x T
	return unsafe.Alignof(x)
}

func elemSize[E any](s []E) uintptr {
	return unsafe.Sizeof(s[0]) // not evaluated: no index panic on an empty slice
}

var calls int

func side[T any]() T {
	calls++
	var z T
	return z
}

func notEvaluated[T any]() uintptr {
	return unsafe.Sizeof(side[T]()) + unsafe.Alignof(side[[]T]())
}

func outerOffsets[T any](o Outer[T]) (uintptr, uintptr, uintptr) {
	return unsafe.Offsetof(o.B), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.C)
}

type Big struct {
	A byte
	B int64
	C [3]uint16
}

func main() {
	// types with the same layout on 386 and wasm32
	fmt.Println(sizeOf[int](), sizeOf[byte](), sizeOf[string](), sizeOf[[]int](), sizeOf[any](), sizeOf[*int]())
	fmt.Println(sizeOf[[5]int16](), sizeOf[struct{}](), sizeOf[Pair[string, byte]](), sizeOf[Inner[int32]]())
	fmt.Println(alignOf[byte](), alignOf[int16](), alignOf[string](), alignOf[Pair[int8, int8]]())
	fmt.Println(elemSize([]int32{}), elemSize([]Inner[uint16](nil)), elemSize([]string{"a"}))
	var p Pair[int8, string]
	fmt.Println(p.offsets())
	var q Pair[string, int32]
	fmt.Println(q.offsets())
	fmt.Println(outerOffsets(Outer[int32]{}))
	fmt.Println(outerOffsets(Outer[byte]{}))
	fmt.Println(notEvaluated[int32](), calls)
	// layouts that differ between 386 and wasm32: the instance agrees with the checker's constant
	var b Big
	var pb Pair[int64, float64]
	var ob Outer[int64]
	fmt.Println(sizeOf[Big]() == unsafe.Sizeof(b), alignOf[Big]() == unsafe.Alignof(b),
		sizeOf[complex128]() == unsafe.Sizeof(complex128(0)), alignOf[float64]() == unsafe.Alignof(float64(0)))
	k, f, v := pb.offsets()
	fmt.Println(k == unsafe.Offsetof(pb.Key), f == unsafe.Offsetof(pb.Flag), v == unsafe.Offsetof(pb.Val))
	x, y, z := outerOffsets(ob)
	fmt.Println(x == unsafe.Offsetof(ob.B), y == unsafe.Offsetof(ob.Inner), z == unsafe.Offsetof(ob.C))
	fmt.Println(elemSize([]Big{}) == unsafe.Sizeof(b))
}
