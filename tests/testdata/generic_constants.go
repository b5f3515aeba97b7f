package main

// Untyped constants used at type-parameter types: arithmetic, shifts, comparisons, conversions.

type Small int8

func Poly[T ~int | ~int64 | ~float64 | Small](x T) T {
	return 3*x*x + 2*x - 1
}

func Bits[T ~uint8 | ~uint16 | ~uint32 | ~uint64](x T) T {
	x |= 1
	x <<= 3
	return x ^ 0xF0
}

func IsBig[T ~int | ~float64](x T) bool { return x > 100 && x != 1000 }

func Steps[T ~int | ~float64](limit T) int {
	n := 0
	for x := T(0); x < limit; x += 2 {
		n++
	}
	return n
}

const scale = 10

func Scaled[T ~int | ~float32](x T) T { return x * scale / 4 }

func Cycle[T ~int | ~uint8](x T) T {
	x++
	x--
	x += 250
	return x % 7
}

func main() {
	println(Poly(2), Poly(int64(1)<<20), Poly(0.5), Poly(Small(3)))
	println(Bits(uint8(0x12)), Bits(uint16(0x1234)), Bits(uint32(7)), Bits(uint64(1)<<40))
	println(IsBig(101), IsBig(1000), IsBig(99.5), IsBig(1e3))
	println(Steps(10), Steps(9.5), Steps(-1))
	println(Scaled(3), Scaled(float32(3)))
	println(Cycle(10), Cycle(uint8(10)))
}
