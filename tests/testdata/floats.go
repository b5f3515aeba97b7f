package main

func main() {
	var f32 float32 = 0.1
	var f64 = 0.1
	println(f32, f64, float64(f32), f32*3, f64*3)
	println(1.0/3.0, 2.0/3.0, 1e21, 1e-7, 123456789.0, 0.000123)
	zero := 0.0
	println(1/zero, -1/zero, zero/zero, -zero)
	println(1.5 < 2.5, zero/zero == zero/zero, zero/zero != zero/zero)
	x := 7.9
	println(int(x), int(-x), int64(x*1e10), uint(x))
	var h float32 = 16777217
	println(h, float32(1)/float32(3))
	big := float32(3.4e38)
	println(big*10, float64(float32(0.1)))
}
