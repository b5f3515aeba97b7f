package main

// Closures inside instances, generic function values, method values of instantiated types,
// variadic generic functions, defer in generic code.

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Counter[T ~int | ~float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack[T]) Each(f func(int, T)) {
	for i, v := range s.items {
		f(i, v)
	}
}

func Safe[T any](f func() T) (v T, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			failed = true
		}
	}()
	return f(), false
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func main() {
	strs := Map([]int{1, 2, 3}, func(i int) string { return string(rune('a' + i)) })
	println(len(strs), strs[0], strs[2])
	next := Counter(5)
	next()
	println(next(), Counter(0.5)())
	lenPlus := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) + 0.5 })
	println(lenPlus("four"))
	println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int]())

	var st Stack[string]
	push := st.Push
	push("x")
	push("y")
	st.Each(func(i int, v string) { println(i, v) })
	pop := (*Stack[string]).Pop
	println(pop(&st), len(st.items))

	v, failed := Safe(func() int { return 7 })
	println(v, failed)
	var empty Stack[float64]
	f, failed2 := Safe(empty.Pop)
	println(f, failed2)

	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	println(sq(4), sq(4), sq(5), calls)
	add := Sum[float64]
	println(add(0.25, 0.5))
}
