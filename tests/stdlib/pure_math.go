// golden: GOARCH=386
// math and math/bits with println only (no fmt): println prints floats as +1.500000e+000.
package main

import (
	"math"
	"math/bits"
)

func main() {
	println(math.Pi, math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-3.7), math.Round(2.5))
	println(math.Pow(2, 10), math.Exp(1), math.Log(10), math.Log2(8), math.Hypot(3, 4))
	println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.MaxInt32, math.MaxUint16)
	println(math.Mod(7, 3), math.Abs(-2), math.Max(1, 2), math.Min(1, 2), math.Signbit(math.Copysign(0, -1)))
	println(math.Float64bits(1.5), math.Float32bits(-2), math.Float64frombits(0x3ff0000000000000))
	frac, exp := math.Frexp(8)
	println(frac, exp, math.Ldexp(0.5, 4))
	println(math.Sin(0), math.Cos(0), math.Atan2(1, 1)*4)
	println(bits.UintSize, bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.OnesCount(255), bits.Len(1023))
	println(bits.RotateLeft32(0x12345678, 8), bits.Reverse8(1), bits.ReverseBytes16(0xABCD))
	s, c := bits.Add32(0xFFFFFFFF, 1, 0)
	println(s, c)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	println(hi, lo)
	q, r := bits.Div32(1, 0, 3)
	println(q, r)
	var x uint64 = 0xF0F0F0F0F0F0F0F0
	println(bits.OnesCount64(x), bits.LeadingZeros64(x>>4), bits.Len64(x))
}
