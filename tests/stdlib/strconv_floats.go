// golden: GOARCH=386
// Shortest float formatting and exact round trips: strconv.FormatFloat/ParseFloat on many values.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e7, 1e20, 1e21, 1e22, 1e23,
		123456789.123456789, 5e-324, 2.2250738585072014e-308, math.MaxFloat64, math.Pi * 1e10,
		9007199254740993, 0.000123, 1.7976931348623157e308, 4.35, 0.1 + 0.2, 1e-7, 12345e-10}
	for _, v := range vals {
		s := strconv.FormatFloat(v, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-24s %-24s %-26s %v %v\n", s, strconv.FormatFloat(v, 'e', 6, 64),
			strconv.FormatFloat(v, 'f', -1, 64)[:min(26, len(strconv.FormatFloat(v, 'f', -1, 64)))], back == v, err)
	}
	f32s := []float32{0.1, 1.0 / 3, 16777217, 3.4e38, 1e-45, 0.3}
	for _, v := range f32s {
		s := strconv.FormatFloat(float64(v), 'g', -1, 32)
		back, _ := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(back) == v, fmt.Sprint(v), fmt.Sprint(float64(v)))
	}
	x := 1.0
	for i := 0; i < 30; i++ {
		x *= 1.7
		s := strconv.FormatFloat(x, 'g', -1, 64)
		y, _ := strconv.ParseFloat(s, 64)
		if y != x {
			fmt.Println("mismatch", s)
		}
	}
	fmt.Println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'f', 3, 64))
	for _, prec := range []int{0, 1, 2, 5, 10, 17, 20} {
		fmt.Print(strconv.FormatFloat(math.E, 'f', prec, 64), " ")
	}
	fmt.Println()
	for _, s := range []string{"1.000000000000000111", "0.1e1", "1e-400", "-1e-400", "0x1.fffffffffffffp1023", "1_0.5", "+.5e+2", "4.9e-324", "2.4703282292062328e-324"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, v, err)
	}
	for _, v := range []float64{0.5, 1.5, 2.5, -0.5, 1.005, 2.675} {
		fmt.Print(strconv.FormatFloat(v, 'f', 0, 64), "/", strconv.FormatFloat(v, 'f', 2, 64), " ")
	}
	fmt.Println()
}
