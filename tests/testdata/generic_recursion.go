package main

// Recursion in generic code: self-recursive instances, mutual recursion, instances that
// instantiate other instances with substituted type arguments.

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

func Fib[T Number](n T) T {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Pow[T Number](x T, n int) T {
	if n == 0 {
		return 1
	}
	if n%2 == 0 {
		h := Pow(x, n/2)
		return h * h
	}
	return x * Pow(x, n-1)
}

func IsEven[T ~int | ~uint](n T) bool {
	if n == 0 {
		return true
	}
	return IsOdd(n - 1)
}

func IsOdd[T ~int | ~uint](n T) bool {
	if n == 0 {
		return false
	}
	return IsEven(n - 1)
}

type Pair[A, B any] struct {
	a A
	b B
}

// Nest builds Pair[T, Pair[T, ...]] types only up to a fixed depth through distinct functions.
func Wrap[T any](x T) Pair[T, T] { return Pair[T, T]{x, x} }

func Wrap2[T any](x T) Pair[Pair[T, T], Pair[T, T]] { return Wrap(Wrap(x)) }

func Depth[T any](x T, n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Depth(x, n-1)
}

type Count int16

func Gcd[T ~int | ~int64 | Count](a, b T) T {
	if b == 0 {
		return a
	}
	return Gcd(b, a%b)
}

func main() {
	println(Fib(20), Fib(int64(30)), Fib(10.0), Fib(int32(15)))
	println(Pow(2, 10), Pow(1.5, 3), Pow(int64(3), 39))
	println(IsEven(10), IsOdd(7), IsEven(uint(9)))
	w := Wrap2("x")
	println(w.a.a, w.b.b)
	p := Wrap2(3.5)
	println(p.a.b)
	println(Depth("s", 5), Depth(Wrap(1), 3))
	println(Gcd(84, 36), Gcd(int64(1)<<40, 1<<20), Gcd(Count(17), 51))
}
