// golden: GOARCH=386
// unicode/utf8 and unicode/utf16 with println only (no fmt): runs before fmt/os work.
package main

import (
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 😀"
	println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		println(i, r, size, string(r))
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	println(r, size)
	r, size = utf8.DecodeRuneInString("\xc3")
	println(r == utf8.RuneError, size)
	buf := make([]byte, 0, 8)
	for _, r := range []rune{'A', 'é', '€', '𝄞', -1, 0xD800} {
		buf = utf8.AppendRune(buf[:0], r)
		println(r, utf8.RuneLen(r), len(buf), buf[0], utf8.ValidRune(r))
	}
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '世')
	println(n, p[0], p[1], p[2], utf8.FullRune(p[:2]), utf8.RuneStart(p[1]))
	for i, r := range "a\xffb\xc3" {
		println("range", i, r)
	}
	u := utf16.Encode([]rune("a€𝄞"))
	for _, x := range u {
		print(x, " ")
	}
	println()
	println(string(utf16.Decode(u)), utf16.IsSurrogate(0xD834), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune('𝄞')
	println(r1, r2, utf16.DecodeRune(r1, r2), utf16.DecodeRune('a', 'b'))
	println(utf16.RuneLen('a'), utf16.RuneLen('𝄞'), utf16.RuneLen(-1))
	rs := []rune(s)
	println(len(rs), string(rs[7:9]), string(rune(65)))
}
