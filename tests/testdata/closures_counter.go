// golden: GOARCH=386
package main

func makeCounter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	inc, reset := makeCounter()
	inc()
	inc()
	println(inc())
	reset()
	println(inc())
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	println(fib(80), calls)
	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	println(compose(double, addOne)(5), compose(addOne, double)(5), compose()(7))
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, v := range []int{10, 20} {
		funcs = append(funcs, func() int { return v })
	}
	for _, f := range funcs {
		print(f(), " ")
	}
	println()
	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	func() { x *= 10 }()
	println(x)
}
