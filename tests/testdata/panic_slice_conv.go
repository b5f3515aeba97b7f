package main

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	println(a[0], a[2])
	p := (*[2]int)(s)
	p[0] = 9
	println(s[0])
	var e []int
	z := [0]int(e)
	println(len(z))
	_ = [4]int(s)
}
