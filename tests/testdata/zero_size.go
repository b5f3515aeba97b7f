package main

type Empty struct{}

func (Empty) Hello() string { return "hi" }

type WithBlank struct {
	A int
	_ int
	B string
}

type Set map[string]struct{}

func main() {
	var es []Empty
	for i := 0; i < 5; i++ {
		es = append(es, Empty{})
	}
	println(len(es), es[4].Hello())
	var z [0]int
	println(len(z), cap(z[:]))
	s := Set{}
	s["a"] = struct{}{}
	s["b"] = Empty{}
	_, ok := s["a"]
	println(len(s), ok)
	w1 := WithBlank{A: 1, B: "x"}
	w2 := WithBlank{A: 1, B: "x"}
	println(w1 == w2)
	var pa *[3]int
	println(len(pa), cap(pa))
	n := 0
	for i := range pa {
		n += i
	}
	println(n)
	arr := [3]int{1, 2, 3}
	pa = &arr
	for i, v := range pa {
		pa[i] = v * 10
	}
	println(arr[0], arr[2], pa[1])
	m := map[Empty]int{}
	m[Empty{}]++
	m[Empty{}]++
	println(m[Empty{}], len(m))
	var ie any = Empty{}
	println(ie == any(Empty{}))
	ch := make([][0]byte, 3)
	println(len(ch), len(ch[1]))
	type pair struct {
		a [0]int
		b int32
	}
	ps := []pair{{b: 1}, {b: 2}}
	println(ps[1].b)
}
