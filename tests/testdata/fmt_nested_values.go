// fmt printing values it reaches only through reflect (slice elements, map values,
// struct fields): each goes through Value.Interface() and fmt's Formatter/Stringer
// assertions, which once panicked with a nil dereference inside the Format method check.
package main

import (
	"fmt"
	"time"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint8
	Pad     uint8
	Size    int64
	Ratio   float32
	Dur     time.Duration
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Hex uint16

func (h Hex) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "<%c:%04x>", verb, uint16(h)) }

func main() {
	fmt.Println([]float64{-1, 0, 2.5, 3.25}, []float32{1.5}, []int64{-7, 1 << 40})
	m := map[string]any{"list": []any{1, "two", 3.5, true, nil}, "n": 4.25}
	fmt.Println(m["list"], m["n"], len(m))
	fmt.Println(map[string][]any{"k": {int8(-1), uint64(7), []byte("hi")}})
	fmt.Printf("%x %X %v\n", []uint16{0x61, 0x20ac, 0xd834, 0xdd1e}, []uint32{0xdeadbeef}, []uint16{1, 2})
	h := Header{0xCAFEBABE, 3, 1, 0, -2, 1.5, 1500 * time.Millisecond}
	fmt.Println(h)
	fmt.Printf("%+v\n%#v\n", h, []Header{h})
	fmt.Println([]Celsius{21.5, -3}, map[int]Celsius{1: 0.25}, struct{ T Celsius }{37})
	fmt.Println([]Hex{0xbeef, 1}, [2]Hex{2, 3})
	fmt.Printf("%v %d\n", []any{Hex(9), Celsius(1), &h.Flags == nil}, []any{int16(-5), uint8(200)})
	fmt.Println([][]complex128{{1 + 2i}, {complex(0, -1)}}, []error{fmt.Errorf("e%d", 1), nil})
}
