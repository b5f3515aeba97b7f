package main

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[V any](s Seq[V], f func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](s Seq[V], f func(V) W) Seq[W] {
	return func(yield func(W) bool) {
		s(func(v V) bool { return yield(f(v)) })
	}
}

func Enumerate[V any](xs []V) Seq2[int, V] {
	return func(yield func(int, V) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Fib() Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	for v := range Filter(Count(20), func(x int) bool { return x%3 == 0 }) {
		print(v, " ")
	}
	println()
	for s := range Map(Count(4), func(x int) string { return string(rune('a' + x)) }) {
		print(s)
	}
	println()
	for i, w := range Enumerate([]string{"x", "y", "z"}) {
		println(i, w)
	}
	for f := range Fib() {
		if f > 100 {
			break
		}
		print(f, ",")
	}
	println()
	total := 0
outer:
	for i := range Count(5) {
		for j := range Count(5) {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			total += i * j
		}
	}
	println(total)
	for range Count(2) {
		println("tick")
	}
	for i := range 3 {
		print(i)
	}
	var n8 int8 = 3
	for i := range n8 {
		print(" ", i)
	}
	println()
}
