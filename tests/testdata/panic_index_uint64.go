package main

func main() {
	xs := []string{"a", "b", "c"}
	var i uint64 = 2
	println(xs[i])
	i = 1 << 33
	println(xs[i])
}
