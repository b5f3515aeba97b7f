// golden: GOARCH=386
package main

func show(name string, s []int) {
	print(name, " len=", len(s), " cap=", cap(s), " [")
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println("]")
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	show("s[2:5]", s[2:5])
	show("s[:3]", s[:3])
	show("s[7:]", s[7:])
	show("s[:]", s[:])
	show("s[2:5:6]", s[2:5:6])
	show("s[0:0]", s[0:0])
	show("s[10:]", s[10:])
	t := s[2:4]
	show("t[:cap]", t[:cap(t)])
	// slices share the backing array
	t[0] = 20
	println(s[2])
	// append within capacity overwrites the original
	u := append(s[:3], 30)
	println(s[3], u[3], len(u), cap(u))
	// a full slice expression forces a copy on append
	v := append(s[:3:3], 40)
	println(s[3], v[3], len(v), cap(v))

	// arrays and pointers to arrays
	arr := [5]int{10, 11, 12, 13, 14}
	a := arr[1:4]
	a[0] = 111
	println(arr[1], len(a), cap(a))
	pa := &arr
	b := pa[3:]
	b[1] = 144
	println(arr[4], len(b), cap(b))
	c := pa[:2:3]
	println(len(c), cap(c), c[1])

	// strings: substrings share bytes
	str := "hello, world"
	println(str[7:], str[:5], str[3:8], len(str[12:]))
	i, j := 2, 4
	println(str[i:j], str[i:], str[:j])
	const k = "constant"
	println(k[1:4])

	// indexes of other integer types
	var lo uint8 = 1
	var hi int64 = 3
	show("s[lo:hi]", s[lo:hi])

	// slicing a slice of structs and updating through the subslice
	type pt struct{ x, y int }
	pts := []pt{{1, 2}, {3, 4}, {5, 6}}
	sub := pts[1:]
	sub[0].x = 33
	println(pts[1].x, len(sub))
}
