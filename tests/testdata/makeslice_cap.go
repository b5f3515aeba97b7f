package main

func main() {
	n := 10
	c := 5
	s := make([]int, n, c)
	println(len(s))
}
