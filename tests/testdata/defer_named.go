package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func multi() (a int, b string) {
	defer func() {
		a++
		b += "!"
	}()
	a, b = 1, "x"
	return a + 10, b + "y"
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	return "r"
}

func bare() (n int) {
	defer func() { n += 3 }()
	n = 4
	return
}

func main() {
	println(double())
	a, b := multi()
	println(a, b)
	println(unnamed(), order(), bare())
}
