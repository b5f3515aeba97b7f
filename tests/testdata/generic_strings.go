package main

// Type parameters with a ~string core type: concatenation, len, indexing, range, conversions.

type Path string

type Text interface{ ~string }

func Join[S Text](a, b S, sep string) S { return a + S(sep) + b }

func Repeat[S ~string](s S, n int) S {
	var out S
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func CountByte[S ~string](s S, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func Runes[S ~string](s S) int {
	n := 0
	for _, r := range s {
		if r > 127 {
			n += 10
		} else {
			n++
		}
	}
	return n
}

func Reverse[S ~string](s S) S {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return S(b)
}

func HasPrefix[S ~string](s, prefix S) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

func Fields[S ~string](s S) []S {
	var out []S
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func FromRunes[S ~string](rs []rune) S { return S(rs) }

func Equal[S ~string](a, b S) bool { return a == b && !(a < b) && !(a > b) }

func Concat[T ~string | ~int](a, b T) T { return a + b }

func main() {
	p := Join(Path("usr"), Path("bin"), "/")
	println(p, len(p), Join("a", "b", ", "))
	println(Repeat("ab", 3), Repeat(Path("/"), 2), Repeat("x", 0) == "")
	println(CountByte("banana", 'a'), CountByte(Path("a/b/c"), '/'))
	println(Runes("héllo"), Runes(Path("π")))
	println(Equal("go", "go"), Equal(Path("/tmp"), "/usr"), Equal("", ""))
	println(Concat("1", "2"), Concat(1, 2))
	println(Reverse("stressed"), Reverse(Path("lrg")))
	println(HasPrefix("golang", "go"), HasPrefix(Path("/tmp"), "/usr"), HasPrefix("", ""))
	f := Fields(Path("  usr local   bin "))
	println(len(f), f[0], f[1], f[2])
	println(FromRunes[string]([]rune{'h', 'é', '!'}), FromRunes[Path]([]rune("π/2")))
}
