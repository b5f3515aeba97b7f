package main

func main() {
	s := []int{1, 2, 3, 4, 5, 6}
	lo, hi := 5, 3
	println(len(s[lo:]))
	println(len(s[lo:hi]))
}
