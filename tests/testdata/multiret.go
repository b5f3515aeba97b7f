package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(n int) (sum, prod int) {
	sum, prod = 0, 1
	for i := 1; i <= n; i++ {
		sum += i
		prod *= i
	}
	return
}

func early(n int) (r string) {
	r = "big"
	if n < 10 {
		return "small"
	}
	return
}

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) { println("takes", n, s) }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	s, p := named(5)
	println(s, p)
	println(early(3), early(30))
	takesPair(pair())
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	_, r2 := divmod(9, 4)
	println(r2)
}
