package main

type pair struct {
	a string
	b int
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	a := []int{1, 2, 3, 4}
	println(len(a), cap(a), sum(a))
	b := []string{2: "c", 0: "a", "b", 5: "f"}
	println(len(b), b[0], b[1], b[2], b[3] == "", b[5])
	c := []pair{{"x", 1}, {b: 2, a: "y"}}
	println(c[0].a, c[0].b, c[1].a, c[1].b)
	d := []*pair{{"p", 3}, &pair{"q", 4}}
	d[0].b += 10
	println(d[0].a, d[0].b, d[1].a, d[1].b)
	e := [][]int{{1}, {2, 3}, {}, nil}
	println(len(e), len(e[0]), len(e[1]), len(e[2]), e[2] == nil, e[3] == nil)
	f := []int{}
	println(len(f), cap(f), f == nil)
	g := [...]int{5, 6, 7}
	h := g[:]
	h[0] = 50
	println(g[0], len(h))
	var x, y = 10, 20
	i := []int{x, y, x + y}
	x = 99
	println(i[0], i[1], i[2])
	j := []float64{1.5, 2, 3e2}
	println(j[0], j[1], j[2])
	k := []byte{'a', 98, 0x63}
	println(string(k))
	l := [][2]int{{1, 2}, {3, 4}}
	println(l[1][0], l[0][1])
}
