package main

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	s := "hello"
	t := s + ", " + "world"
	println(t, len(t))
	println(repeat("ab", 3))
	println(s == "hello", s != "hello", s < "help", "b" > "a", "" < "a", "abc" <= "abc", "abd" >= "abc")
	println(s[1], s[len(s)-1])
	var empty string
	println(empty == "", len(empty))
	u := "héllo, 世界"
	println(u, len(u))
}

func init() {
	for i, r := range "aé世\xffz" {
		println(i, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	println("runes", n)
}
