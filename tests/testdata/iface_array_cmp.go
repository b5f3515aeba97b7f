package main

type Key interface{ id() int }

type A int
type B struct{ n int }

func (a A) id() int { return int(a) }
func (b B) id() int { return b.n }

func main() {
	arr1 := [3]Key{A(1), B{2}, nil}
	arr2 := [3]Key{A(1), B{2}, nil}
	println(arr1 == arr2)
	arr2[1] = B{3}
	println(arr1 == arr2)
	arr2[1] = A(2)
	println(arr1 == arr2, arr1[1].id() == arr2[1].id())
	m := map[[2]Key]string{}
	m[[2]Key{A(1), B{1}}] = "x"
	m[[2]Key{A(1), B{1}}] += "y"
	m[[2]Key{B{1}, A(1)}] = "z"
	println(len(m), m[[2]Key{A(1), B{1}}])
	type S struct {
		k Key
		v any
	}
	s1 := S{A(5), "v"}
	s2 := S{A(5), "v"}
	println(s1 == s2, s1 != S{B{5}, "v"})
	var ks []Key
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			ks = append(ks, A(i))
		} else {
			ks = append(ks, B{i})
		}
	}
	cnt := 0
	for _, k := range ks {
		if _, ok := k.(A); ok {
			cnt++
		}
	}
	println(cnt, ks[3] == Key(B{3}), ks[2] == Key(A(2)))
}
