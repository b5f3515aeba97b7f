package main

func window(xs []int, lo, hi int) []int { return xs[lo:hi] }

func main() {
	xs := []int{1, 2, 3, 4, 5}
	w := window(xs, 1, 4)
	println(len(w), cap(w), w[0])
	println(len(window(xs, 4, 2)))
}
