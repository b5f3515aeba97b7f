package main

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(10))
	var even, odd func(int) bool
	even = func(n int) bool {
		if n == 0 {
			return true
		}
		return odd(n - 1)
	}
	odd = func(n int) bool {
		if n == 0 {
			return false
		}
		return even(n - 1)
	}
	println(even(10), odd(7), even(3))
	var hanoi func(n int, from, to, via string) int
	moves := 0
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		hanoi(n-1, from, via, to)
		moves++
		hanoi(n-1, via, to, from)
		return moves
	}
	println(hanoi(8, "a", "c", "b"))
	println(func(n int) int { return n * n }(9))
}
