package main

func div(a, b int8) int8 { return a / b }

func main() {
	println(div(-128, -1), div(7, 2))
	var zero int8
	println(div(1, zero))
}
