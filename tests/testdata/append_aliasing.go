package main

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	println(b[3], c[3], &b[0] == &c[0])
	d := append(b, 5)
	d[0] = 100
	println(a[0], b[0], d[0], len(d), cap(d) >= 5)
	var s []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	println(len(caps) > 5, s[1999], len(s))
	x := []int{1, 2, 3, 4, 5}
	copy(x[1:], x)
	println(x[0], x[1], x[2], x[3], x[4])
	y := []int{1, 2, 3, 4, 5}
	copy(y, y[2:])
	println(y[0], y[1], y[2], y[3], y[4])
	bs := make([]byte, 3)
	println(copy(bs, "hello"), string(bs))
	z := x[:0]
	for _, v := range x {
		if v%2 == 1 {
			z = append(z, v)
		}
	}
	println(len(z), z[0], x[0], x[1])
	e := append([]int(nil), x[1:3]...)
	e[0] = -1
	println(x[1], e[0], cap(e) >= 2)
	full := x[1:2:2]
	full = append(full, 99)
	println(x[2], full[1])
}
