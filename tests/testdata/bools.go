package main

var calls int

func t(n int) bool { calls++; println("t", n); return true }
func f(n int) bool { calls++; println("f", n); return false }

func main() {
	println(t(1) || f(2))
	println(f(3) && t(4))
	println(t(5) && (f(6) || t(7)))
	if !f(8) && t(9) || f(10) {
		println("yes")
	}
	x := t(11) && t(12) && f(13) && t(14)
	println(x, calls)
	var b bool
	println(b, !b, b == false, b != true)
}
