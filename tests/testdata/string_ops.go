package main

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s, sep string) []string {
	var out []string
	for {
		i := indexOf(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func toUpper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func trim(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func main() {
	parts := split("a,b,,c,", ",")
	println(len(parts))
	for _, p := range parts {
		print("[", p, "]")
	}
	println()
	println(reverse("Hello, 世界!"), toUpper("mixed Case 123"), "["+trim("  \t padded  ")+"]")
	println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "abc" == "ab"+"c")
	s := "x"
	for i := 0; i < 5; i++ {
		s += s
	}
	println(len(s), s[:5])
	var bs []byte
	bs = append(bs, "hello"...)
	bs = append(bs, ' ')
	bs = append(bs, []byte("world")...)
	println(string(bs), string(bs[6:]), len(bs))
	r := 'é'
	println(r, string(r), len(string(r)), []byte(string(r))[0])
	println(string([]rune{72, 105, 0x1F600}))
	multi := `line1
line2\n`
	println(multi, len(multi))
	println(indexOf("needle in haystack", "hay"), indexOf("abc", "d"))
}
