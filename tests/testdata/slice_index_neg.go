package main

func main() {
	s := []string{"a", "b"}
	i := -3
	println(s[1])
	println(s[i])
}
