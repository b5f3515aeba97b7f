package main

// Integer division by zero inside an instance panics; float division does not.

func Div[T ~int | ~int64 | ~float64](a, b T) T { return a / b }

func main() {
	println(Div(7.0, 0) > 1e308, Div(7, 2), Div(int64(-9), 2))
	zero := 0
	println(Div(1, zero))
}
