package main

func main() {
	n := -1
	s := make([]int, 3, 4)
	println(len(s))
	t := make([]int, n)
	println(len(t))
}
