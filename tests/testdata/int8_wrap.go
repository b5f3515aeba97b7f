package main

func main() {
	var a int8 = 127
	a++
	println(a)
	var b uint8 = 0
	b--
	println(b)
	var c int16 = -32768
	c = -c
	println(c)
	var d int32 = -2147483648
	println(d / -1, d % -1)
	var e int64 = -9223372036854775808
	println(e / -1, e % -1)
	var u16 uint16 = 65535
	u16 *= u16
	println(u16)
	x := int8(-7)
	println(x/2, x%2, x>>1, uint8(x)>>1)
	y := int64(-7)
	println(y/2, y%2, y>>1, uint64(y)>>60)
	var s uint = 70
	println(int32(1)<<s, uint64(1)<<s, int64(-1)>>s, int8(-128)>>s)
	var m uint32 = 0xdeadbeef
	println(m*0x9e3779b9, m+m, m^(m>>16))
	for i := int8(120); i > 0; i += 3 {
		print(i, " ")
	}
	println()
}
