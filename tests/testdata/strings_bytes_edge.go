package main

func main() {
	s := "abc"
	b := []byte(s)
	b[0] = 'X'
	println(s, string(b))
	s2 := string(b)
	b[1] = 'Y'
	println(s2, string(b))
	nul := "a\x00b"
	println(len(nul), nul[1], nul == "a\x00b", nul < "a\x01")
	bad := "\xff\xfe\xc0"
	n := 0
	for i, r := range bad {
		println(i, r)
		n++
	}
	println(n, len([]rune(bad)))
	println(string([]byte{}), len(string([]byte(nil))), []byte("")!= nil)
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"...)
	}
	println(string(sb))
	x := "hello, world"
	println(x[7:], x[:5], x[3:3] == "", len(x[12:]))
	r := []rune("añb")
	r[1] = 'n'
	println(string(r), len(string(r)))
	e := ""
	for i := 0; i < 10; i++ {
		e += string(rune('0' + i))
	}
	println(e)
	println("a" + "b" + e[:2] + string(x[0]))
	bs := []byte("héllo")
	println(string(bs[1:3]), len(bs))
	cmp := func(a, b string) int {
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	println(cmp("a", "b"), cmp("b", "a"), cmp("", ""), cmp("\xff", "z"))
}
