package main

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	println(a[0], a[1], a[2], s[0])
	p := (*[3]int)(s)
	p[0] = 200
	println(s[0], p[2], len(p))
	q := (*[2]int)(s[3:])
	q[1] = 500
	println(s[4])
	var z [0]int = [0]int(s)
	println(len(z))
	var nilS []int
	np := (*[0]int)(nilS)
	println(np == nil)
	b := []byte("hey")
	arr := [3]byte(b)
	println(string(arr[:]))
	var short []int = s[:2]
	println("converting")
	bad := [3]int(short)
	println(bad[0])
}
