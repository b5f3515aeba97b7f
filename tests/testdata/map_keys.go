package main

type key struct {
	a int8
	b int32
	s string
}

type fkey struct {
	f float64
	n int
}

type blank struct {
	x int
	_ int
	y int16
}

type color int

func main() {
	i8 := map[int8]int{-128: 1, 127: 2}
	i16 := map[int16]int{-1: 3}
	u32 := map[uint32]int{4000000000: 4}
	i64 := map[int64]int{1 << 40: 5, -(1 << 40): 6}
	u64 := map[uint64]int{1<<64 - 1: 7}
	println(i8[-128], i8[127], i16[-1], u32[4000000000], i64[1<<40], i64[-(1<<40)], u64[1<<64-1])
	println(i64[1<<41], len(i64))

	bools := map[bool]string{true: "yes", false: "no"}
	println(bools[1 < 2], bools[2 < 1], len(bools))

	x, y := 1, 2
	ptrs := map[*int]string{&x: "x", &y: "y"}
	println(ptrs[&x], ptrs[&y], ptrs[nil] == "", len(ptrs))
	ptrs[nil] = "nil"
	println(ptrs[nil], len(ptrs))

	structs := map[key]int{}
	structs[key{1, 2, "a"}] = 10
	structs[key{1, 2, "b"}] = 20
	structs[key{1, 2, "a"}] += 5
	k := key{a: 1, b: 2}
	k.s = "a"
	println(structs[k], structs[key{1, 2, "b"}], structs[key{2, 2, "a"}], len(structs))

	arrays := map[[3]string]int{{"a", "b", "c"}: 1}
	arr := [3]string{"a", "b", "c"}
	println(arrays[arr])
	arr[2] = "d"
	arrays[arr] = 2
	println(arrays[arr], len(arrays))

	small := map[[2]byte]int{}
	small[[2]byte{1, 2}] = 12
	println(small[[2]byte{1, 2}], small[[2]byte{2, 1}])

	floats := map[fkey]int{{1.5, 1}: 1}
	println(floats[fkey{1.5, 1}], floats[fkey{1.5, 2}])

	b := map[blank]int{}
	b[blank{x: 1, y: 2}] = 3
	println(b[blank{x: 1, y: 2}], len(b))

	named := map[color]string{1: "red", 2: "green"}
	var c color = 2
	println(named[c], named[color(1)])

	c64 := map[complex128]int{complex(1, 2): 1}
	println(c64[complex(1, 2)], c64[complex(2, 1)])

	r := map[rune]int{}
	for _, ch := range "héllo" {
		r[ch]++
	}
	println(r['l'], r['é'], len(r))

	nest := map[[2]key]bool{}
	nest[[2]key{{1, 1, "x"}, {2, 2, "y"}}] = true
	println(nest[[2]key{{1, 1, "x"}, {2, 2, "y"}}], nest[[2]key{{1, 1, "x"}, {2, 2, "z"}}])
}
