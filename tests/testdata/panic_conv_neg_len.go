package main

func mk(n int) []string {
	return make([]string, 2, n)
}

func main() {
	println(len(mk(5)), cap(mk(5)))
	println(len(mk(1)))
}
