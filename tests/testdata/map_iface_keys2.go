package main

type Color int

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func main() {
	m := map[any]string{}
	m[1] = "int"
	m[int64(1)] = "int64"
	m["1"] = "string"
	m[Color(1)] = "color"
	m[1.0] = "float"
	m[true] = "bool"
	m[[2]int{1, 2}] = "array"
	m[Sq{2}] = "sq"
	m[nil] = "nil"
	println(len(m), m[1], m[int64(1)], m[Color(1)], m[1.0], m[nil], m[Sq{2}], m[[2]int{1, 2}])
	var s Shape = Sq{2}
	println(m[s])
	sm := map[Shape]int{Sq{1}: 1, Sq{2}: 4}
	for _, q := range []Sq{{1}, {2}, {3}} {
		v, ok := sm[q]
		println(q.Area(), v, ok)
	}
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	m[[]int{1}] = "slice"
}
