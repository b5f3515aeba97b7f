package main

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	println(len(b), b[0], b[1], b[2])
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[1], r[7])
	r[8] = 'X'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	var i int = 0x1F600
	println(string(rune(i)), len(string(rune(i))))
	var big int64 = 0x110000
	println(string(rune(big)) == "\uFFFD")
	var sur int32 = 0xD800
	println(string(sur) == "\uFFFD", len(string(sur)))
	var u8 uint8 = 200
	println(string(rune(u8)), len(string(rune(u8))))
	// invalid UTF-8 decodes to U+FFFD per byte
	bad := "a\xffb\xe4\xb8"
	rs := []rune(bad)
	println(len(rs), rs[0], rs[1], rs[2], rs[3])
	println(len(string(rs)))
	// empty
	var e []byte
	println(string(e) == "", len([]byte("")), len([]rune("")))
	// byte slice building
	var out []byte
	for i := 0; i < 5; i++ {
		out = append(out, byte('a'+i))
		out = append(out, "-"...)
	}
	println(string(out))
	// string of a named byte slice type
	type bytes []byte
	bb := bytes("named")
	println(string(bb), len(bb))
	// the string does not change when the bytes do
	buf := []byte("abc")
	str := string(buf)
	buf[0] = 'z'
	println(str, string(buf))
	// string comparison of converted values
	println(string([]byte{'x', 'y'}) == "xy", string([]rune{'é'}) == "é")
}
