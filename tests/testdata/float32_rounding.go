package main

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := a + b
	println(c, c == 0.3, float64(c) == 0.3)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	println(acc)
	var big float32 = 1e38
	println(big*10, -big*10, big*10-big*10)
	var tiny float32 = 1e-45
	println(tiny, tiny/2)
	x := float32(1) / 3
	y := float64(1) / 3
	println(x, y, float64(x) == y, float32(y) == x)
	var h float32 = 16777216
	println(h+1 == h, h+2)
	prod := float32(1.1) * float32(1.1)
	println(prod, float64(prod))
	var z float64
	cz := complex(1, 1) / complex(z, z)
	println(cz)
	var c64 complex64 = complex(float32(1)/3, 2)
	println(c64*c64)
}
