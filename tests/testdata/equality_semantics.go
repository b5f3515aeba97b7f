package main

type P struct {
	X float64
	S string
}

type W struct {
	I any
	A [2]P
}

func main() {
	var z float64
	nan := z / z
	p1, p2 := P{1, "a"}, P{1, "a"}
	println(p1 == p2, P{nan, "a"} == P{nan, "a"})
	a1 := [2]float64{1, nan}
	println(a1 == a1, a1 != a1)
	w1 := W{I: 1, A: [2]P{p1, p2}}
	w2 := W{I: 1, A: [2]P{p1, p2}}
	println(w1 == w2)
	w2.I = int64(1)
	println(w1 == w2)
	w2.I = "x"
	w1.I = "x"
	println(w1 == w2)
	var i1, i2 any = p1, p2
	println(i1 == i2, i1 == any(P{1, "b"}))
	var i3, i4 any = [2]int{1, 2}, [2]int{1, 2}
	println(i3 == i4)
	var e1 error
	var e2 error
	println(e1 == e2, e1 == nil)
	type K struct {
		a int8
		b int64
	}
	println(K{1, 2} == K{1, 2}, K{1, 2} != K{1, 3})
	var nilp *P
	var ip any = nilp
	println(ip == nil, ip == (*P)(nil))
	s1, s2 := "hello", "hel"
	s2 += "lo"
	println(s1 == s2, any(s1) == any(s2))
	f1 := any(nan)
	println(f1 == f1)
	var c1, c2 any = complex(1, 2), complex(1, 2)
	println(c1 == c2)
	defer func() { println("recovered:", recover() != nil) }()
	var w3, w4 any = W{I: []int{1}}, W{I: []int{1}}
	println(w3 == w4)
}
