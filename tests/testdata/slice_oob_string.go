package main

func main() {
	s := "abc"
	n := 5
	println(s[1:])
	println(s[:n])
}
