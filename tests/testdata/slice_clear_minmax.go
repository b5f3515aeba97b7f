package main

func main() {
	s := []int{5, 6, 7, 8}
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3], len(s))
	strs := []string{"a", "b"}
	clear(strs)
	println(strs[0] == "", strs[1] == "", len(strs))
	var nilS []int
	clear(nilS)

	x, y, z := 3, -7, 12
	println(min(x, y), max(x, y), min(x, y, z), max(x, y, z), min(x), max(z, 100))
	var u1, u2 uint32 = 4000000000, 5
	println(min(u1, u2), max(u1, u2))
	var i8 int8 = -128
	println(min(i8, 127), max(i8, -1))
	f1, f2 := 2.5, -1.25
	println(min(f1, f2), max(f1, f2), min(f1, 10), max(f2, -3))
	zero := 0.0
	negz := -zero
	println(min(zero, negz), max(negz, zero), min(negz, zero), max(zero, negz))
	nan := zero / zero
	println(min(nan, 1.0), max(1.0, nan), min(1.0, 2.0, nan))
	var f32 float32 = 1.5
	println(min(f32, 0.5), max(f32, 2))
	a, b, c := "banana", "apple", "cherry"
	println(min(a, b, c), max(a, b, c), min(a, "b"), max("", a))
	const k = min(3, 1, 2)
	println(k, max(2.5, 1))
	var i64 int64 = 1 << 40
	println(max(i64, 7), min(i64, -i64))
}
