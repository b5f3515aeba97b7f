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
}
