package main

// Generic slice algorithms: Map, Filter, Reduce, Index, Reverse, Contains over ~[]E core types.

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for i := range s {
		if keep(s[i]) {
			out = append(out, s[i])
		}
	}
	return out
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Sum[S ~[]E, E Number](s S) E {
	var total E
	for _, v := range s {
		total += v
	}
	return total
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Repeat[T any](v T, n int) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func Last[E any](s []E) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

type IDs []int

func isEven(n int) bool       { return n%2 == 0 }
func square(n int) int         { return n * n }
func itoa(n int) string        { return string(rune('0' + n)) }
func add(a, b int) int         { return a + b }
func concat(a string, b string) string { return a + b }
func long(s string) bool       { return len(s) > 2 }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := Map(xs, square)
	println(len(sq), sq[0], sq[5])
	digits := Map(xs, itoa)
	println(Reduce(digits, "", concat), Reduce(xs, 0, add))
	ev := Filter(xs, isEven)
	println(len(ev), ev[0], ev[2])
	ids := IDs{10, 11, 12, 13}
	evIDs := Filter(ids, isEven)
	println(len(evIDs), Sum(evIDs), Sum([]float64{0.5, 0.25}), Index(ids, 12), Index(ids, 99))
	words := []string{"go", "tiny", "py", "wasm"}
	println(len(Filter(words, long)), Index(words, "py"))
	c := Clone(words)
	Reverse(c)
	println(c[0], c[3], words[0], Clone[[]int](nil) == nil)
	r := Repeat("ab", 3)
	println(len(r), r[2])
	l, ok := Last(r)
	_, ok2 := Last([]float64{})
	println(l, ok, ok2)
}
