package main

func main() {
	var x int32 = -8
	for _, s := range [...]uint{0, 1, 31, 32, 40} {
		println(s, x<<s, x>>s, uint32(x)>>s)
	}
	var b uint8 = 0x81
	println(b<<1, b>>7, b<<8)
	n := -1
	println(1 << n)
}
