// golden: GOARCH=386
// math/bits: counting, rotation, reversal, length, Add/Sub/Mul/Div with carries; UintSize.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint32{0, 1, 0x80000000, 0xF0F0, 0xFFFFFFFF} {
		fmt.Println(x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x))
	}
	fmt.Println(bits.LeadingZeros64(1), bits.TrailingZeros64(0), bits.OnesCount64(1<<63|1), bits.Len64(1<<40))
	fmt.Println(bits.LeadingZeros8(1), bits.TrailingZeros16(8), bits.OnesCount8(0xAA), bits.Len8(0), bits.Len16(300))
	fmt.Println(bits.LeadingZeros(1), bits.TrailingZeros(0), bits.Len(255), bits.OnesCount(7))
	fmt.Printf("%#x %#x %#x\n", bits.RotateLeft32(0x12345678, 8), bits.RotateLeft32(0x12345678, -8), bits.RotateLeft64(1, 63))
	fmt.Printf("%#x %#x %#x\n", bits.RotateLeft8(0x81, 1), bits.RotateLeft16(0x8001, 4), bits.RotateLeft(1, -1))
	fmt.Printf("%#x %#x %#x\n", bits.Reverse32(1), bits.Reverse8(0x0F), bits.Reverse64(0xFF))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes32(0x11223344), bits.ReverseBytes16(0xABCD), bits.ReverseBytes64(0x0102030405060708))
	s, c := bits.Add32(0xFFFFFFFF, 1, 0)
	fmt.Println(s, c)
	s64, c64 := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s64, c64)
	d, b := bits.Sub32(0, 1, 0)
	fmt.Println(d, b)
	d64, b64 := bits.Sub64(5, 3, 1)
	fmt.Println(d64, b64)
	hi, lo := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	fmt.Println(hi, lo)
	hi64, lo64 := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi64, lo64)
	q, r := bits.Div32(1, 0, 3)
	fmt.Println(q, r)
	q64, r64 := bits.Div64(0, 100, 7)
	fmt.Println(q64, r64, bits.Rem64(1, 5, 7), bits.Rem32(2, 3, 5))
	hu, lu := bits.Mul(0xFFFFFFFF, 2)
	fmt.Println(hu, lu)
	su, cu := bits.Add(^uint(0), 2, 0)
	fmt.Println(su, cu)
	defer func() { fmt.Println("recovered:", recover()) }()
	zero := uint32(0)
	bits.Div32(1, 0, zero)
}
