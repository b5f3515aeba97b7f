package main

func main() {
	var a [4]int
	p := &a
	i, j := 1, 6
	println(len(a[i:]))
	println(len(p[i:j]))
}
