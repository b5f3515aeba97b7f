package main

func main() {
	s := []int{1, 2, 3}
	var u uint = 4000000000
	var i8 int8 = 2
	var u16 uint16 = 1
	println(s[i8], s[u16])
	if len(s) > 5 {
		println(s[u])
	}
	var big int64 = 1 << 40
	println(s[big])
}
