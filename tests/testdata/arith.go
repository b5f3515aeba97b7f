package main

func main() {
	a, b := 17, 5
	println(a+b, a-b, a*b, a/b, a%b)
	println(-a/b, -a%b, a/-b, a%-b)
	println(a&b, a|b, a^b, a&^b, a<<3, a>>2, -a>>1)
	var x uint8 = 250
	x += 10
	println(x)
	var y int8 = 127
	y++
	println(y)
	var u uint32 = 1
	println(u<<31, u<<32>>1, ^u)
	var big int64 = 1 << 40
	println(big, big*big, big>>38)
	var s uint = 70
	println(1<<s == 0, int64(1)<<s)
	println(7.0/2, float32(1)/3, 1e100, -0.0, 2.5e-10)
	f := 3.75
	println(int(f), int(-f), uint8(f), float32(f))
}
