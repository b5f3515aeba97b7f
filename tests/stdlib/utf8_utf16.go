// golden: GOARCH=386
// unicode/utf8 and unicode/utf16: decoding, encoding, validation, surrogates.
package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d\n", r, size)
	bad := "a\xffb\xc3"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	r, size = utf8.DecodeRuneInString("\xc3")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '€', '𝄞', -1, 0xD800, 0x110000} {
		buf = utf8.AppendRune(buf[:0], r)
		fmt.Printf("%U len=%d % x valid=%v\n", r, utf8.RuneLen(r), buf, utf8.ValidRune(r))
	}
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '世')
	fmt.Println(n, p[:n], utf8.FullRune(p[:2]), utf8.FullRune(p[:n]), utf8.RuneStart(p[1]))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune == '\U0010FFFF')
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:9]), string(rune(65)), []byte("€"))

	u := utf16.Encode([]rune("a€𝄞"))
	fmt.Printf("%04x\n", u)
	fmt.Println(string(utf16.Decode(u)), utf16.IsSurrogate(0xD834), utf16.IsSurrogate('a'))
	r1, r2 := utf16.EncodeRune('𝄞')
	fmt.Printf("%x %x %c\n", r1, r2, utf16.DecodeRune(r1, r2))
	fmt.Printf("%x\n", utf16.DecodeRune('a', 'b'))
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen('𝄞'), utf16.RuneLen(-1))
	fmt.Printf("%04x\n", utf16.AppendRune(nil, 0x1F600))
	fmt.Println(string(utf16.Decode([]uint16{0xD800, 'x'})))
}
