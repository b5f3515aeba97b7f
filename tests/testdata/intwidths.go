// golden: GOARCH=386
package main

func main() {
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = 32767
	var u16 uint16 = 0
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	var i64 int64 = 9223372036854775807
	var u64 uint64 = 18446744073709551615
	i8--
	u8++
	i16++
	u16--
	i32--
	u32++
	i64++
	u64++
	println(i8, u8, i16, u16, i32, u32, i64, u64)
	println(int8(-128)/-1 == -128, i8/3, i8%3, -7/2, -7%2, 7/-2, 7%-2)
	var a int32 = -2147483648
	var m1 int32 = -1
	println(a/m1, a%m1)
	var b int64 = -9223372036854775808
	var m2 int64 = -1
	println(b/m2, b%m2)
	println(u64/7, u64%7, u32/3, uint16(65535)*uint16(65535))
	println(int8(200+u8), uint8(i8), int16(u16), uint32(i32), int64(u32), uint64(i64))
	x := 0x7fffffff
	x++
	println(x)
	var f32 float32 = 16777216
	f32++
	println(f32, float64(f32)+1, int64(1e18), uint64(float64(1<<63)))
	println(^0, ^uint8(5), -(-128), 5&^3, 0xff&0x0f|0x30)
}
