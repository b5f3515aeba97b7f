// golden: GOARCH=386
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	println(n)
	show(b)
	c := make([]int, 8)
	n = copy(c, a)
	println(n)
	show(c)
	// overlapping copies, both directions
	d := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(d[2:], d)
	show(d)
	e := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(e, e[3:])
	show(e)
	// copy from a string
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	println(n, string(bs))
	n = copy(bs[1:], "XY")
	println(n, string(bs))
	// nil and empty
	var nilSlice []int
	println(copy(nilSlice, a), copy(a, nilSlice))
	// strings
	ss := []string{"x", "y", "z"}
	dst := make([]string, 2)
	copy(dst, ss[1:])
	println(dst[0], dst[1])
	// structs
	type rec struct {
		name string
		n    int
	}
	rs := []rec{{"a", 1}, {"b", 2}}
	rd := make([]rec, 2)
	copy(rd, rs)
	rs[0].n = 100
	println(rd[0].name, rd[0].n, rd[1].name, rd[1].n)
}
