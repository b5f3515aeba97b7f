// golden: GOARCH=386
package main

func main() {
	var s8 uint8 = 7
	var s64 uint64 = 65
	var si int = 33
	var i8 int8 = -100
	var u8 uint8 = 0x81
	println(i8<<1, i8>>s8, u8<<1, u8>>s8, u8<<s8)
	var u32 uint32 = 0x80000001
	println(u32<<1, u32>>31, u32<<s64, u32>>s64, int32(u32)>>si)
	var i64 int64 = -5
	println(i64<<60, i64>>s64, uint64(i64)>>s64, i64<<63>>63)
	var n int = 1
	println(n<<31, n<<si, n<<31>>31, uint(n)<<31>>31)
	var k uint16 = 1
	for i := 0; i < 18; i += 4 {
		print(k<<i, " ")
	}
	println()
	const c = 1 << 62
	println(c>>60, int64(c)>>61)
	rot := func(x uint32, r uint) uint32 { return x<<r | x>>(32-r) }
	println(rot(0x12345678, 8), rot(0x12345678, 0), rot(1, 31))
}
