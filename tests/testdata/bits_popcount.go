package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	b = (b&0xF0)>>4 | (b&0x0F)<<4
	b = (b&0xCC)>>2 | (b&0x33)<<2
	b = (b&0xAA)>>1 | (b&0x55)<<1
	return b
}

func clz32(x uint32) int {
	if x == 0 {
		return 32
	}
	n := 0
	for x&0x80000000 == 0 {
		x <<= 1
		n++
	}
	return n
}

func isPow2(x uint) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	x--
	x |= x >> 1
	x |= x >> 2
	x |= x >> 4
	x |= x >> 8
	x |= x >> 16
	return x + 1
}

func main() {
	vals := []uint64{0, 1, 255, 0xFFFFFFFFFFFFFFFF, 0x8000000000000001, 12345678901234}
	for _, v := range vals {
		println(v, popcount(v))
	}
	for _, b := range []uint8{1, 2, 0x80, 0xA5, 0x3C} {
		println(b, reverse8(b))
	}
	for _, x := range []uint32{0, 1, 0x8000, 0xFFFFFFFF, 1000} {
		println(x, clz32(x), nextPow2(x))
	}
	for i := uint(0); i < 10; i++ {
		print(isPow2(i), " ")
	}
	println()
	var mask uint16 = 0
	for i := 0; i < 16; i += 3 {
		mask |= 1 << i
	}
	println(mask, mask&^0x00FF, ^mask)
}
