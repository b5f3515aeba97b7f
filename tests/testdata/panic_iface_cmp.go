package main

func main() {
	var a, b any = 1, 1
	println(a == b)
	a, b = []int{1}, "x"
	println(a == b)
	a, b = []int{1}, []int{1}
	println(a == b)
}
