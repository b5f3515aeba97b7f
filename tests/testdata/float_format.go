package main

func floor(x float64) float64 {
	t := float64(int64(x))
	if t > x {
		t--
	}
	return t
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	vals := []float64{0, 1, -1, 0.1, 1e21, 1e-7, 123456789.125, 3.0e300 * 10, -1.5e-300 / 1e100}
	for _, v := range vals {
		println(v)
	}
	var f32 float32 = 16777216
	f32++
	println(f32, float32(0.1), float64(float32(0.1)))
	var z float64
	inf := 1 / z
	nan := z / z
	println(inf, -inf, nan, nan == nan, nan != nan, inf == inf)
	nz := -z
	println(nz, nz == 0, 1/nz)
	println(1.7976931348623157e308, 5e-324)
	a, b, c := 3.99, -3.99, 255.9
	println(int(a), int(b), int64(float32(1e10)), uint8(c))
	x := 7.0
	println(x/2, floor(-2.5), sqrt(2), float64(int64(-x)))
	var h float32 = 1.0 / 3
	println(h, float64(h)*3, h*3 == 1)
	println(0.1+0.2 == 0.3, x*0.1+x*0.2)
}
