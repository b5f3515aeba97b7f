package main

type MyInt int
type MyStr string

func main() {
	println(true, false)
	println(int8(-128), int16(-32768), int32(-2147483648), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(12))
	println(1.0, -0.0, 2.5e-10, float32(1)/3, 1e100, 123456789.0)
	println(complex(1, -1), complex64(complex(0.5, 0.25)))
	println("str", 'x', MyInt(5), MyStr("named"))
	print("no", "spaces", 1, 2, "\n")
	print(1, 2, 3, "\n")
	print("a", 1, "b", true, 2.5, "\n")
	var f float64 = 100
	println(f, f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f*f, 1/f)
	println()
	println("")
	println("tab\there", "nl\\n")
	var err error
	println(err == nil)
}
