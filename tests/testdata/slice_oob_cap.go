package main

func main() {
	s := make([]int, 2, 3)
	n := 5
	println("before")
	t := s[:n]
	println(len(t))
}
