package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func main() {
	c := counter()
	println(c(), c(), c())
	d := counter()
	println(d(), c())
	println(apply(double, 21))
	k := 10
	println(apply(func(x int) int { return x + k }, 5))
	k = 20
	add := func(x int) int { return x + k }
	println(add(1))
	var fs [3]func() int
	for i := 0; i < 3; i++ {
		fs[i] = func() int { return i * i }
	}
	println(fs[0](), fs[1](), fs[2]())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(15))
	println(func(a, b int) int { return a * b }(6, 7))
	var nf func()
	println(nf == nil, add != nil)
	x := 1
	outer := func() func() int {
		return func() int { x *= 3; return x }
	}
	g := outer()
	g()
	y := g()
	println(x, y)
}
