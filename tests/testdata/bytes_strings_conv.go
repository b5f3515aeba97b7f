package main

func main() {
	m := map[string]int{}
	b := []byte("key")
	m[string(b)] = 1
	b[0] = 'K'
	m[string(b)]++
	println(len(m), m["key"], m["Key"])
	dst := make([]byte, 5)
	n := copy(dst, "héllo")
	println(n, string(dst))
	x := append([]byte("x"), "yz"...)
	println(string(x), len(x))
	for i, c := range []byte("ab") {
		print(i, c, " ")
	}
	println()
	rs := []rune("a\xffb")
	println(len(rs), rs[1], string(rs))
	s := string([]byte{0xe4, 0xb8, 0x96})
	println(s, len(s), []rune(s)[0])
	var sb []byte
	for _, r := range "ñandú" {
		if r > 127 {
			sb = append(sb, '?')
		} else {
			sb = append(sb, byte(r))
		}
	}
	println(string(sb))
	if string(b) == "Key" {
		println("compare ok")
	}
	conc := string(b) + string(x)
	println(conc)
	println(string(rune(65)), string(rune(0x4e16)))
	type myBytes []byte
	mb := myBytes("named")
	println(string(mb), len(mb))
	type myStr string
	ms := myStr(mb)
	println(ms, []byte(ms)[0])
}
