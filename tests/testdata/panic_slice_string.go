package main

func sub(s string, i, j int) string { return s[i:j] }

func main() {
	println(sub("hello", 1, 3), sub("hello", 5, 5) == "")
	println(sub("hello", 2, 6))
}
