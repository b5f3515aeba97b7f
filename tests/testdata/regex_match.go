package main

// Rob Pike's minimal regex matcher: c . ^ $ *
func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if len(text) == 0 {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case len(re) == 0:
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case re == "$":
		return len(text) == 0
	case len(text) > 0 && (re[0] == '.' || re[0] == text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchStar(c byte, re, text string) bool {
	for {
		if matchHere(re, text) {
			return true
		}
		if len(text) == 0 || (text[0] != c && c != '.') {
			return false
		}
		text = text[1:]
	}
}

func glob(pattern, name string) bool {
	px, nx := 0, 0
	nextPx, nextNx := 0, 0
	for px < len(pattern) || nx < len(name) {
		if px < len(pattern) {
			c := pattern[px]
			switch c {
			case '?':
				if nx < len(name) {
					px++
					nx++
					continue
				}
			case '*':
				nextPx, nextNx = px, nx+1
				px++
				continue
			default:
				if nx < len(name) && name[nx] == c {
					px++
					nx++
					continue
				}
			}
		}
		if 0 < nextNx && nextNx <= len(name) {
			px, nx = nextPx, nextNx
			continue
		}
		return false
	}
	return true
}

func main() {
	cases := [][2]string{{"abc", "xxabcxx"}, {"^abc", "xabc"}, {"a.c", "abc"}, {"ab*c", "ac"}, {"ab*c", "abbbbc"}, {"^a.*z$", "abcz"}, {"^a.*z$", "abczx"}, {"x*", ""}, {"$", "abc"}}
	for _, c := range cases {
		println(c[0], c[1], match(c[0], c[1]))
	}
	globs := [][2]string{{"*.go", "main.go"}, {"*.go", "main.py"}, {"m??n.*", "main.go"}, {"*a*b*", "xaybz"}, {"", ""}, {"*", ""}, {"a*", "b"}}
	for _, g := range globs {
		println(g[0], g[1], glob(g[0], g[1]))
	}
}
