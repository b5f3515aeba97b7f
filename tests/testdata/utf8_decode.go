package main

func decode(s string) (rune, int) {
	b := s[0]
	switch {
	case b < 0x80:
		return rune(b), 1
	case b&0xE0 == 0xC0 && len(s) >= 2:
		return rune(b&0x1F)<<6 | rune(s[1]&0x3F), 2
	case b&0xF0 == 0xE0 && len(s) >= 3:
		return rune(b&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	case b&0xF8 == 0xF0 && len(s) >= 4:
		return rune(b&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
	}
	return 0xFFFD, 1
}

func main() {
	s := "aé世😀\xffz"
	for i := 0; i < len(s); {
		r, n := decode(s[i:])
		println(i, r, n)
		i += n
	}
	for i, r := range s {
		println("range", i, r, string(r))
	}
	rs := []rune(s)
	println(len(s), len(rs), string(rs[1:4]))
	println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)))
	bs := []byte("héllo")
	println(len(bs), bs[1], bs[2])
	n := 0
	for range "日本語" {
		n++
	}
	println(n)
}
