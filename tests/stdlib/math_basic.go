// golden: GOARCH=386
// math: constants, rounding, powers, logs, trig, special values, float bits.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.MaxInt32, int64(math.MinInt64), math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	for _, x := range []float64{2.5, -2.5, 3.7, -3.2, 0.5} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(10), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log1p(1e-10)*1e10, math.Expm1(1e-10)*1e10, math.Exp2(3.5))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, -1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Asin(0.5), math.Acos(0), math.Atan(1), math.Sinh(1))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3), math.Max(1, 2), math.Min(-0.0, 0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), 1/math.Inf(1), math.Max(math.NaN(), 1))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Printf("%#x %#x\n", math.Float64bits(1.5), math.Float32bits(-2))
	fmt.Println(math.Float64frombits(0x4009_21FB_5444_2D18), math.Float32frombits(0x3f800000))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter32(1, 0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Gamma(5), math.Erf(0.5), math.J0(1))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.6f %d\n", lg, sign)
	fmt.Println(math.FMA(2, 3, 4), math.IsInf(math.Exp(1000), 1), math.Exp(-1000))
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1, float32(0.1)+float32(0.2), 0.1+0.2)
	x := 1e308
	fmt.Println(x*10, -x*10, int64(math.Float64bits(x)>>52))
}
