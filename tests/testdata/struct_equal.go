package main

type point struct {
	x, y int
}

type named struct {
	name string
	p    point
	f    float64
}

type padded struct {
	a byte
	b int32
	c bool
}

type withBlank struct {
	a int
	_ string
	b int
}

func main() {
	p, q := point{1, 2}, point{1, 2}
	println(p == q, p != q, p == point{2, 1})
	q.y = 3
	println(p == q, p != q)

	n1 := named{"a", point{1, 1}, 1.5}
	n2 := named{"a", point{1, 1}, 1.5}
	println(n1 == n2)
	n2.name = "b"
	println(n1 == n2)
	zero := 0.0
	n3 := named{"x", point{}, zero / zero}
	println(n3 == n3)
	n4 := named{"x", point{}, -zero}
	n5 := named{"x", point{}, zero}
	println(n4 == n5)

	a1 := [3]int{1, 2, 3}
	a2 := [3]int{1, 2, 3}
	println(a1 == a2, a1 != a2)
	a2[2] = 4
	println(a1 == a2)
	s1 := [2]string{"ab", "c"}
	s2 := [2]string{"a" + "b", "c"}
	println(s1 == s2)
	ps := [2]point{{1, 2}, {3, 4}}
	println(ps == [2]point{{1, 2}, {3, 4}}, ps == [2]point{{1, 2}, {3, 5}})

	pd1 := padded{1, 2, true}
	pd2 := padded{1, 2, true}
	println(pd1 == pd2, pd1 == padded{1, 2, false})

	w1 := withBlank{a: 1, b: 2}
	w2 := withBlank{a: 1, b: 2}
	println(w1 == w2)

	var e1, e2 struct{}
	println(e1 == e2)

	pp1, pp2 := &p, &p
	println(*pp1 == *pp2, pp1 == pp2)

	fa := [2]float64{zero, 1}
	fb := [2]float64{-zero, 1}
	println(fa == fb)

	type inner struct{ v [2]int16 }
	type outer struct {
		i inner
		s string
	}
	o1 := outer{inner{[2]int16{1, 2}}, "s"}
	o2 := outer{inner{[2]int16{1, 2}}, "s"}
	println(o1 == o2)
	o2.i.v[1] = 3
	println(o1 == o2)

	switch p {
	case point{1, 2}:
		println("matched")
	default:
		println("no match")
	}
}
