package main

func main() {
	buf := make([]byte, 4, 10)
	a := buf[1:3:5]
	println(len(a), cap(a))
	a = append(a, 'x', 'y')
	println(len(a), cap(a), buf[3])
	a = append(a, 'z')
	println(len(a), cap(a), buf[4])
	lo, hi, max := 2, 6, 5
	_ = buf[lo:hi:max]
}
