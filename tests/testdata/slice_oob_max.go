package main

func main() {
	s := make([]byte, 4)
	m := 7
	println(len(s[1:2:4]))
	println(len(s[:2:m]))
}
