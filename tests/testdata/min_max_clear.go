package main

func main() {
	println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"), min("x"))
	var z float64
	nan := z / z
	println(min(1, nan) != min(1, nan), max(nan, 1) != max(nan, 1))
	negz := -z
	println(1/min(z, negz), 1/max(negz, z))
	var i8 int8 = -5
	println(min(i8, 3), max(i8, -100))
	s := []int{1, 2, 3}
	clear(s)
	println(s[0], s[1], s[2], len(s))
	m := map[int]bool{1: true, 2: true}
	clear(m)
	println(len(m), m[1])
	m[3] = true
	println(len(m))
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	clear(ps[1:])
	println(ps[0].x, ps[1].x, ps[1].y)
	const c = min(1, 2.5)
	println(c)
}
