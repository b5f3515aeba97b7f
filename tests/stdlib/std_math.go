// golden: GOARCH=386
package main

import (
	"math"
	"math/bits"
	"os"
	"strconv"
	"strings"
)

func out(parts ...string) {
	os.Stdout.WriteString(strings.Join(parts, " ") + "\n")
}

func f(x float64) string { return strconv.FormatFloat(x, 'g', 10, 64) }

func main() {
	for _, x := range []float64{2.5, -2.5, 0.1, 7, -0.0, 1e300} {
		out(f(x), f(math.Floor(x)), f(math.Ceil(x)), f(math.Trunc(x)), f(math.Round(x)), f(math.RoundToEven(x)),
			f(math.Abs(x)), f(math.Sqrt(math.Abs(x))), f(math.Copysign(3, x)), strconv.FormatBool(math.Signbit(x)))
	}
	out(f(math.Pow(2, 10)), f(math.Pow(2, 0.5)), f(math.Exp(1)), f(math.Log(math.E)), f(math.Log2(1024)), f(math.Log10(0.001)))
	out(f(math.Sin(math.Pi/6)), f(math.Cos(math.Pi/3)), f(math.Tan(math.Pi/4)), f(math.Atan2(1, -1)), f(math.Asin(1)))
	out(f(math.Hypot(3, 4)), f(math.Mod(7.5, 2)), f(math.Max(3, 7)), f(math.Min(-1, math.Inf(-1))), f(math.Cbrt(27)))
	out(f(math.Inf(1)), f(math.NaN()), strconv.FormatBool(math.IsNaN(math.NaN())), strconv.FormatBool(math.IsInf(math.Inf(-1), -1)))
	fr, exp := math.Frexp(12.5)
	ip, fp := math.Modf(-3.75)
	out(f(fr), strconv.Itoa(exp), f(ip), f(fp), strconv.FormatUint(math.Float64bits(1.5), 16), f(math.Float64frombits(0x4009_21fb_5444_2d18)))
	out(strconv.FormatInt(math.MaxInt64, 10), strconv.FormatInt(math.MinInt64, 10), strconv.FormatUint(math.MaxUint32, 10), f(math.MaxFloat64), f(math.SmallestNonzeroFloat64))
	for _, v := range []uint64{0, 1, 0xff00, 1 << 63, 0xdeadbeef} {
		out(strconv.FormatUint(v, 16), strconv.Itoa(bits.LeadingZeros64(v)), strconv.Itoa(bits.TrailingZeros64(v)),
			strconv.Itoa(bits.OnesCount64(v)), strconv.Itoa(bits.Len64(v)), strconv.Itoa(bits.LeadingZeros32(uint32(v))),
			strconv.Itoa(bits.OnesCount32(uint32(v))), strconv.FormatUint(bits.RotateLeft64(v, 8), 16), strconv.FormatUint(bits.Reverse64(v), 16))
	}
	hi, lo := bits.Mul64(0xffffffffffffffff, 0x123456789)
	q, r := bits.Div64(1, 5, 7)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	out(strconv.FormatUint(hi, 16), strconv.FormatUint(lo, 16), strconv.FormatUint(q, 16), strconv.FormatUint(r, 10), strconv.FormatUint(sum, 10), strconv.FormatUint(carry, 10))
}
