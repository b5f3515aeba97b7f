// Command add is a module for hosts: it exports add, mul and fib.
package main

//export add
func add(a, b int) int {
	return a + b
}

//export mul
func mul(a, b float64) float64 {
	return a * b
}

//export fib
func fib(n int32) int64 {
	if n < 2 {
		return int64(n)
	}
	return fib(n-1) + fib(n-2)
}

func main() {}
