package main

type key struct {
	a int
	s string
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func main() {
	m := map[any]int{}
	m[1] = 1
	m["one"] = 2
	m[int8(1)] = 3
	m[1.5] = 4
	m[key{1, "x"}] = 5
	m[true] = 6
	m[nil] = 7
	m[[2]int{1, 2}] = 8
	println(len(m), m[1], m["one"], m[int8(1)], m[1.5], m[key{1, "x"}], m[true], m[nil], m[[2]int{1, 2}])
	println(m[int16(1)], m[key{1, "y"}], m[false])
	m[1] += 10
	delete(m, "one")
	println(len(m), m[1], m["one"])
	zero := 0.0
	m[zero] = 20
	m[-zero] = 21
	println(m[0.0])
	e1 := &myErr{"a"}
	errs := map[error]string{e1: "first"}
	println(errs[e1], len(errs))
	type pair struct {
		k any
		n int
	}
	pm := map[pair]int{{1, 2}: 3}
	println(pm[pair{1, 2}], pm[pair{"1", 2}])
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(sum)
	var s any = []int{1}
	println("unhashable")
	m[s] = 1
}
