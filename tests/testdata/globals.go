package main

var counter int
var total = compute(4)
var greeting = prefix + "world"
var prefix = "hello, "

func compute(n int) int {
	counter++
	return n * 10
}

func bump() int {
	counter += 5
	return counter
}

func init() {
	println("init 1", counter, total)
}

func init() {
	println("init 2", greeting)
}

func main() {
	println(bump(), bump(), total)
}
