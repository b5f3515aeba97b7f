// golden: GOARCH=386
package main

func main() {
	var u64 uint64 = 1<<64 - 1
	println(float64(u64), float32(u64), uint64(float64(1<<63)))
	var i64 int64 = -1 << 63
	println(float64(i64), uint64(i64), int32(i64), int32(i64+1))
	big := 1e18
	println(int64(big), uint64(big*10))
	for _, f := range []float64{0.5, 1.5, 2.5, -0.5, -1.5, 1e9, -2147483648.9} {
		print(int32(f), " ")
	}
	println()
	var x int = -1
	println(uint(x), uint8(x), uint16(x), uint32(x), uint64(x), uintptr(x))
	var b byte = 200
	println(int8(b), int(b), rune(b), string(rune(b)))
	var r rune = -1
	println(uint32(r), string(r) == "\uFFFD")
	var f32 float32 = 1 << 24
	println(int(f32+1), float32(16777217), float64(float32(0.1)) == 0.1)
	var h uint16 = 0xABCD
	println(byte(h), byte(h>>8), int16(h))
	println(int64(int32(-5))*int64(uint32(7)), uint32(int8(x)))
	var c128 = complex(float32(1.5), 2)
	println(complex128(c128), complex64(complex(big*1e22, 0)))
}
